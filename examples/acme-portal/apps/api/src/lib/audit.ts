import type { Request } from 'express';
import type { Prisma } from '@prisma/client';
import { prisma } from './prisma';
import { logger } from './logger';

export type AuditAction =
  | 'user.login'
  | 'user.logout'
  | 'user.password_reset_requested'
  | 'user.password_reset'
  | 'user.deactivated'
  | 'user.role_changed'
  | 'account.updated'
  | 'account.deactivated'
  | 'organization.updated'
  | 'organization.plan_changed'
  | 'invite.created'
  | 'invite.revoked'
  | 'invite.accepted'
  | 'project.created'
  | 'project.deleted'
  | 'project.member_added'
  | 'project.member_removed'
  | 'document.uploaded'
  | 'document.deleted'
  | 'credential.created'
  | 'credential.deleted';

export interface Actor {
  id: string;
  organizationId: string;
}

export interface AuditInput {
  /** null for events without a human actor (webhooks, jobs). */
  actor: Actor | null;
  /** Defaults to the actor's organization. */
  organizationId?: string;
  action: AuditAction;
  target: { type: string; id: string };
  metadata?: Prisma.InputJsonObject;
  req?: Request;
}

async function record(input: AuditInput): Promise<void> {
  const organizationId = input.organizationId ?? input.actor?.organizationId;
  if (!organizationId) throw new Error(`audit: no organization for ${input.action}`);

  await prisma.auditLog.create({
    data: {
      organizationId,
      actorId: input.actor?.id ?? null,
      action: input.action,
      targetType: input.target.type,
      targetId: input.target.id,
      metadata: input.metadata,
      ip: input.req?.ip ?? null,
      userAgent: input.req?.get('user-agent') ?? null,
    },
  });
  logger.debug({ action: input.action, target: input.target }, 'audit');
}

export const audit = { record };
