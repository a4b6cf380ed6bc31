import { describe, expect, it } from 'vitest';
import {
  collectionKeys,
  newId,
  newRecord,
  planDocumentSchema,
  recordSchemas,
  type PlanId,
} from '../../../shared/domain';

const planId = newId<PlanId>();

describe('newRecord: one constructor per record kind, defaults from the schema', () => {
  it('a new risk is open, medium likelihood and impact (3 × 3), with empty texts', () => {
    const risk = newRecord('risks', planId, { description: 'Payment gateway outage' });
    expect(risk).toMatchObject({
      planId,
      description: 'Payment gateway outage',
      kind: 'other',
      likelihood: 3,
      impact: 3,
      owner: '',
      trigger: '',
      mitigation: '',
      contingency: '',
      status: 'open',
      triggeredAt: null,
      order: 0,
    });
  });

  it('given fields win over defaults, and each record gets an id of its own', () => {
    const a = newRecord('channels', planId, { name: 'Live room', kind: 'liveStreaming' });
    const b = newRecord('channels', planId, { name: 'Live room', kind: 'liveStreaming' });
    expect(a.kind).toBe('liveStreaming');
    expect(a.expectedUv).toBeNull();
    expect(a.id).not.toBe(b.id);
  });

  it('refuses a field the schema refuses, as reading it from storage would', () => {
    expect(() => newRecord('checklist', planId, { title: '' })).toThrow();
    expect(() => newRecord('risks', planId, { description: 'x', likelihood: 9 })).toThrow();
  });

  it('has a schema for every collection of the document, the same one the document reads with', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual([...collectionKeys].sort());
    const shape = planDocumentSchema.shape;
    for (const key of collectionKeys) expect(shape[key].def.innerType.element).toBe(recordSchemas[key]);
  });
});
