// Reading an amount back from the screen, for e2e tests that compare it with a figure worked by hand.
import { ringgitToSen } from '../../shared/money/sen';

/** An amount as a screen shows it ("RM1,234.56", "-12.50", "1,234.56") → signed sen. */
export function shownSen(text: string): number {
  const clean = text.replace(/\u2212/g, '-').replace(/[^0-9.,-]/g, '');
  const negative = clean.startsWith('-');
  const sen = ringgitToSen(negative ? clean.slice(1) : clean);
  return negative ? -sen : sen;
}
