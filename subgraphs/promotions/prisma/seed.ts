import { database as promotionsDatabase } from '../src/data/database';
import { promotionDraft } from '../src/domain/promotion-input';
import { createPromotion } from '../src/services/promotion-admin.service';

/** The demo coupon: 10 % off the order, once per customer. */
export const WELCOME_CODE = 'WELCOME10';

/** Demo promotions; safe to run again (it only adds what is missing and never overwrites an admin's edits). */
export async function seed(options: { databaseUrl: string; log: (line: string) => void }): Promise<void> {
  const db = promotionsDatabase.connect(options.databaseUrl, { poolSize: 2 });
  try {
    if (await db.promotion.findUnique({ where: { code: WELCOME_CODE } })) {
      options.log(`promotions: ${WELCOME_CODE} already exists`);
      return;
    }
    const outcome = await createPromotion(
      db,
      promotionDraft({
        name: 'Welcome: 10% off',
        code: WELCOME_CODE,
        actions: [{ orderPercentOff: { percent: 10 } }],
        perCustomerLimit: 1,
      }),
    );
    // A seed running at the same time may have created it first; that is the same outcome.
    if (outcome.problems.some((problem) => problem.code === 'CODE_TAKEN')) {
      options.log(`promotions: ${WELCOME_CODE} already exists`);
      return;
    }
    if (!outcome.promotion)
      throw new Error(`Could not seed ${WELCOME_CODE}: ${JSON.stringify(outcome.problems)}`);
    options.log(`promotions: ${WELCOME_CODE} created (10% off, once per customer)`);
  } finally {
    await db.$disconnect();
  }
}
