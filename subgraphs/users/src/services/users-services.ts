import { redisSessionVersions } from '@msa/auth';
import type { AccessTokenSigner } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { Redis } from 'ioredis';
import { AccountTokenRepo } from '../data/account-token.repo';
import { AddressRepo } from '../data/address.repo';
import { LoginAttemptStore } from '../data/login-attempts.store';
import { PrivacyRepo } from '../data/privacy.repo';
import type { UsersDb } from '../data/database';
import { RefreshTokenRepo } from '../data/refresh-token.repo';
import { UserRepo } from '../data/user.repo';
import type { LoginThrottlePolicy } from '../domain/login-throttle';
import type { RequestQuotaPolicy } from '../domain/request-quota';
import type { PasswordHasher } from '../security/password-hasher';
import { AddressBookService } from './address-book.service';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import { PrivacyService } from './privacy.service';
import { ProfileService } from './profile.service';
import { SessionService } from './session.service';
import { UserDirectoryService } from './user-directory.service';

export interface UsersServices {
  auth: AuthService;
  sessions: SessionService;
  profiles: ProfileService;
  addressBook: AddressBookService;
  directory: UserDirectoryService;
  passwordReset: PasswordResetService;
  emailVerification: EmailVerificationService;
  privacy: PrivacyService;
}

export interface UsersServicesDeps {
  prisma: UsersDb;
  redis: Redis;
  redisKeyPrefix: string;
  signer: AccessTokenSigner;
  hasher: PasswordHasher;
  accessTokenTtlSeconds: number;
  loginThrottle: LoginThrottlePolicy;
  /** Ceiling on password-reset and verification emails per address and per client. */
  accountMailQuota: RequestQuotaPolicy;
  /** Origin of the storefront pages that mailed links open. */
  storefrontOrigin: string;
  logger: Logger;
  /** Key of the data-export download links' signatures. */
  exportLinkSecret: string;
}

export function createUsersServices(deps: UsersServicesDeps): UsersServices {
  const users = new UserRepo(deps.prisma);
  const addresses = new AddressRepo(deps.prisma);
  const sessions = new SessionService({
    users,
    tokens: new RefreshTokenRepo(deps.prisma),
    signer: deps.signer,
    // Read uncached: a token issued right after a revocation must carry the new version.
    versions: redisSessionVersions(deps.redis, { cacheMs: 0 }),
    accessTokenTtlSeconds: deps.accessTokenTtlSeconds,
    logger: deps.logger,
  });
  const attempts = new LoginAttemptStore(deps.redis, deps.redisKeyPrefix, deps.loginThrottle);
  const links = {
    requests: new LoginAttemptStore(deps.redis, deps.redisKeyPrefix, deps.accountMailQuota, 'account-mail'),
    quota: deps.accountMailQuota,
    storefrontOrigin: deps.storefrontOrigin,
  };
  const accountTokens = new AccountTokenRepo(deps.prisma);
  return {
    auth: new AuthService({ users, hasher: deps.hasher, attempts, throttle: deps.loginThrottle, sessions }),
    sessions,
    profiles: new ProfileService({ users, hasher: deps.hasher }),
    addressBook: new AddressBookService(addresses),
    directory: new UserDirectoryService({ users, addresses, sessions }),
    passwordReset: new PasswordResetService({
      ...links,
      users,
      tokens: accountTokens,
      hasher: deps.hasher,
      sessions,
      logger: deps.logger,
    }),
    emailVerification: new EmailVerificationService({ ...links, users, tokens: accountTokens }),
    privacy: new PrivacyService({
      prisma: deps.prisma,
      privacy: new PrivacyRepo(deps.prisma),
      users,
      hasher: deps.hasher,
      sessions,
      linkSecret: deps.exportLinkSecret,
      logger: deps.logger,
    }),
  };
}
