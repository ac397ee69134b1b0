import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { requireViewer } from '../../shared/viewer';
import { resolveViewerStaff, Staff } from '../staff';
import { signIn, signOut } from './auth.service';
import { changePassword } from './change-password.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@InputType({ description: 'Sign-in name and password' })
class LoginInput {
  @Field(() => String, { description: 'Sign-in name' })
  username: string;

  @Field(() => String, { description: 'Password' })
  password: string;
}

@InputType({ description: "The viewer's current and new password" })
class ChangePasswordInput {
  @Field(() => String, { description: 'The current password, to confirm it is the viewer' })
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters, not containing the username, not a common password' })
  newPassword: string;
}

@ObjectType({ description: 'The console gets the token as an httpOnly cookie; other clients send it as a Bearer token' })
class Session {
  @Field(() => String, { description: 'Bearer token for the Authorization header (cross-origin clients); the cookie carries the same session' })
  token: string;

  @Field(() => Date, { description: 'When the session ends unless used' })
  expiresAt: Date;

  @Field(() => Staff, { description: 'Who is signed in' })
  staff: Staff;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: 'Signs in: sets the session cookie and answers the session (with a Bearer token for cross-origin clients)' })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<Session> {
    const session = await signIn(ctx, input.username, input.password, ctx.ip);
    setSessionCookie(ctx, session.token, session.expiresAt);
    ctx.viewer = { id: session.staff.id, role: session.staff.role, name: session.staff.name, sessionId: '' };
    return session;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs out: ends the session; true' })
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
