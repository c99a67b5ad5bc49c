import express, { Router } from 'express';
import type Stripe from 'stripe';
import { audit } from '../lib/audit';
import { logger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import { PLAN_BY_PRICE, stripe } from '../lib/stripe';

export const billingRouter = Router();

// Called by Stripe, not by users: authenticity comes from the signature, so no session here.
billingRouter.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.get('stripe-signature');
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!signature || !secret) return res.status(400).send('missing signature');

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, secret);
  } catch (err) {
    logger.warn({ err }, 'stripe webhook signature verification failed');
    return res.status(400).send('invalid signature');
  }

  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
    const subscription = event.data.object;
    const priceId = subscription.items.data[0]?.price.id;
    const plan = event.type === 'customer.subscription.deleted' ? 'free' : (PLAN_BY_PRICE[priceId ?? ''] ?? 'free');
    const organization = await prisma.organization.update({
      where: { stripeCustomerId: String(subscription.customer) },
      data: { plan },
    });
    await audit.record({
      actor: null,
      organizationId: organization.id,
      action: 'organization.plan_changed',
      target: { type: 'organization', id: organization.id },
      metadata: { plan, stripeEvent: event.id },
    });
  }

  res.json({ received: true });
});
