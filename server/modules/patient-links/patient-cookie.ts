import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

export const patientCookieName = 'telederm_patient';

/** The patient's session after opening their link; the link's token never appears in a URL again. */
export function setPatientCookie(
  reply: FastifyReply,
  config: Pick<Config, 'env'>,
  token: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(patientCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.env !== 'development',
    maxAge: maxAgeSeconds,
  });
}
