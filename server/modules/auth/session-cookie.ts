import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

export const sessionCookieName = 'telederm_session';

/**
 * Set beside the session, readable by the page and holding nothing secret: it tells the web app a staff session may
 * exist, so pages for patients and people signed out never ask for one (each such ask was a 401 in the console).
 */
export const signedInHintCookieName = 'telederm_signed_in';

export function setSessionCookie(reply: FastifyReply, config: Pick<Config, 'env' | 'session'>, token: string) {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.env !== 'development',
    maxAge: config.session.absoluteHours * 3600,
  });
  reply.setCookie(signedInHintCookieName, '1', {
    path: '/',
    httpOnly: false,
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
  reply.clearCookie(signedInHintCookieName, { path: '/', sameSite: 'strict', secure: config.env !== 'development' });
}
