import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/prisma', () => ({
  prisma: { $queryRaw: vi.fn().mockResolvedValue([{ '?column?': 1 }]) },
}));

const { createApp } = await import('../src/server');

describe('GET /healthz', () => {
  it('reports ok when the database answers', async () => {
    const res = await request(createApp()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('rejects unauthenticated project requests', async () => {
    const res = await request(createApp()).get('/projects');
    expect(res.status).toBe(401);
  });
});
