import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

export const sessionCookieName = 'telederm_session';

export function setSessionCookie(reply: FastifyReply, config: Pick<Config, 'env' | 'session'>, token: string) {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.env !== 'development',
    maxAge: config.session.absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'env'>) {
  reply.clearCookie(sessionCookieName, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.env !== 'development',
  });
}
