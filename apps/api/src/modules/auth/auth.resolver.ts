import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { requireViewer } from '../../shared/viewer';
import { resolveViewerStaff, Staff } from '../staff';
import { signIn, signOut } from './auth.service';
import { changePassword } from './change-password.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@InputType()
class LoginInput {
  @Field(() => String)
  username: string;

  @Field(() => String)
  password: string;
}

@InputType()
class ChangePasswordInput {
  @Field(() => String)
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters, not containing the username, not a common password' })
  newPassword: string;
}

@ObjectType({ description: 'The console gets the token as an httpOnly cookie; other clients send it as a Bearer token' })
class Session {
  @Field(() => String)
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Staff)
  staff: Staff;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => Session)
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<Session> {
    const session = await signIn(ctx, input.username, input.password, ctx.ip);
    setSessionCookie(ctx, session.token, session.expiresAt);
    ctx.viewer = { id: session.staff.id, role: session.staff.role, name: session.staff.name, sessionId: '' };
    return session;
  }

  @Authorized()
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await signOut(ctx, requireViewer(ctx.viewer), ctx.ip);
    clearSessionCookie(ctx);
    return true;
  }

  @Authorized()
  @Mutation(() => Staff, { description: 'The signed-in person sets a new password; required before anything else when mustChangePassword' })
  changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<Staff> {
    return changePassword(serviceContext(ctx), input.currentPassword, input.newPassword);
  }

  @Query(() => Staff, { nullable: true, description: 'The signed-in staff member, or null' })
  me(@Ctx() ctx: Context): Promise<Staff | null> | null {
    return ctx.viewer ? resolveViewerStaff(ctx, ctx.viewer.id) : null;
  }
}
