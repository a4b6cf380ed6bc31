import { updatePlan, type Plan } from '../../../../shared/domain';
import { appMessages, type AppMessages } from '../../i18n/messages';
import { defineEdit } from '../../state/editActions';
import { libraryMessages } from '../plans/libraryMessages';

/**
 * The overview's edits (docs/architecture.md §5): a change of the plan's own fields, named by the
 * field's message (`field` picks it from the app's messages, so both languages come from one place).
 */
export const setPlanFieldsEdit = defineEdit<
  { field: (m: AppMessages) => string; patch: Partial<Plan> },
  AppMessages
>({
  id: 'overview.setPlanFields',
  messages: appMessages,
  label: (m, p) => p.field(m),
  recipe: (d, p) => updatePlan(d, p.patch),
});

export const setTagsEdit = defineEdit<readonly string[], (typeof libraryMessages)['zh-CN']>({
  id: 'overview.setTags',
  messages: libraryMessages,
  label: (l) => l.tags,
  recipe: (d, tags) => updatePlan(d, { tags: [...tags] }),
});
