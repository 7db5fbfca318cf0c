// 豁免: accepting a preflight problem for this issue with a reason, or withdrawing the acceptance.
// Waivers are issue data (saved, undoable), matched to problems by rule, page and block.
import type { Issue } from '../model/issue';
import { MAX_WAIVER_REASON, preflightWaiverSchema, waives, type PreflightWaiver } from '../model/preflight-waiver';
import type { EditCommand, EditOutcome } from './edit-commands';
import { refuse } from './refusals';

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

export function setWaiver(issue: Issue, command: Command<'setWaiver'>): EditOutcome {
  const { target, waiver } = command;
  const current = issue.waivers ?? [];
  const previous = current.find((candidate) => waives(candidate, target)) ?? null;
  if (waiver !== null) {
    if (waiver.reason.trim() === '') return refuse('WAIVER', '请填写豁免理由，未豁免。');
    if (waiver.reason.length > MAX_WAIVER_REASON) return refuse('WAIVER', `豁免理由最多 ${MAX_WAIVER_REASON} 个字，未豁免。`);
    if (!preflightWaiverSchema.safeParse({ ...waiver, ...target }).success) return refuse('WAIVER', '豁免的内容不完整，未豁免。');
  }
  const kept = current.filter((candidate) => !waives(candidate, target));
  const next: PreflightWaiver[] = waiver === null ? kept : [...kept, { ...target, ...waiver, reason: waiver.reason.trim() }];
  const { waivers: _old, ...rest } = issue;
  return {
    ok: true,
    issue: next.length > 0 ? { ...rest, waivers: next } : rest,
    inverse: {
      type: 'setWaiver',
      target,
      waiver: previous && { reason: previous.reason, by: previous.by, at: previous.at },
    },
  };
}
