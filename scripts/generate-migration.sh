#!/usr/bin/env bash
# Writes a migration for each dialect from the difference between the entities and the migrations
# so far, against throwaway databases. Usage: scripts/generate-migration.sh PascalCaseName
# Each is registered in apps/api/src/db/migrations/{mysql,sqlite}/index.ts; read both before committing.
set -euo pipefail
name="$1"
cd "$(dirname "$0")/../apps/api"
(cd ../../packages/domain && npx tsc -p tsconfig.build.json)
npx tsc -p tsconfig.build.json
db="sanxin_gen_$$"
mysql --protocol=tcp -h 127.0.0.1 -uroot -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
trap 'mysql --protocol=tcp -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"; rm -rf "$tmp"' EXIT
tmp=$(mktemp -d)
# mariadb:// makes TypeORM read MariaDB's column defaults right (see data-source.ts).
DATABASE_URL="mariadb://root@127.0.0.1:3306/$db" node dist/db/generate-migration.js "$name"
SQLITE_PATH="$tmp/gen.sqlite" node dist/db/generate-migration.js "$name"
