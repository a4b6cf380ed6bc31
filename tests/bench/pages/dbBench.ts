import { generateLargePlan } from '../fixtures/generatePlan';
import {
  applyDiff,
  diffDocuments,
  insertDocument,
  loadDocument,
  openDatabase,
} from '../../../renderer/src/db';
import { updateRecord } from '../../../shared/domain';

/**
 * The app's real storage code (Dexie schema, repositories, strict durability) in Chromium,
 * driven by the bench runner through `window.dbBench`.
 */
async function writeRecords(count: number): Promise<number> {
  // One plan whose tasks, links and budget lines add up to `count` records.
  const doc = generateLargePlan({ tasks: count, links: Math.floor(count * 0.75), seed: 7 });
  const db = await openDatabase(`bench-${Math.random()}`);
  const t0 = performance.now();
  await insertDocument(db, doc);
  const ms = performance.now() - t0;
  await db.delete();
  return ms;
}

async function loadPlan(tasks: number): Promise<number> {
  const doc = generateLargePlan({ tasks, links: Math.floor(tasks * 0.75), seed: 3 });
  const db = await openDatabase(`bench-${Math.random()}`);
  await insertDocument(db, doc);
  const t0 = performance.now();
  await loadDocument(db, doc.plan.id);
  const ms = performance.now() - t0;
  await db.delete();
  return ms;
}

/** One edit of one task in a 2,000-task plan: diff and store, as the plan store does. */
async function singleEdit(tasks: number): Promise<number> {
  const doc = generateLargePlan({ tasks, links: Math.floor(tasks * 0.75), seed: 5 });
  const db = await openDatabase(`bench-${Math.random()}`);
  await insertDocument(db, doc);
  const first = doc.tasks[0];
  if (!first) throw new Error('no tasks');
  const next = updateRecord(doc, 'tasks', first.id, { title: `${first.title}*` });
  const t0 = performance.now();
  await applyDiff(db, doc.plan.id, diffDocuments(doc, next));
  const ms = performance.now() - t0;
  await db.delete();
  return ms;
}

Object.assign(window, { dbBench: { writeRecords, loadPlan, singleEdit } });
document.title = 'ready';
