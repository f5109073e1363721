import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// argon2id (the library's default algorithm) with OWASP's recommended cost:
// 19 MiB of memory, two passes, one lane.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const passwordRules = { minLength: 12, maxLength: 256 } as const;

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when the account is unknown so an
 * unknown account takes as long to refuse as a wrong password.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

/** Why a new password is refused, or null when it is acceptable. Long passphrases are taken whole. */
export function passwordProblem(password: string): string | null {
  if (password.length < passwordRules.minLength)
    return `Enter a password of at least ${passwordRules.minLength} characters; a phrase of several words works well.`;
  if (password.length > passwordRules.maxLength)
    return `Enter a password of at most ${passwordRules.maxLength} characters.`;
  if (commonPasswords.has(password.toLowerCase()))
    return 'This password is too common and easy to guess; choose another.';
  return null;
}
