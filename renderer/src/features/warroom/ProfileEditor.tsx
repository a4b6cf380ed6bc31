import { Badge, Button, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { eachDay, type IsoDate } from '../../../../shared/domain';
import { isPeakProfileDay, profileWeights } from '../../../../shared/warroom/curve';
import { profilePercents } from '../../../../shared/warroom/profile';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { CommitNumberInput } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { usePlanProfileSource } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { profileMessages } from './profileMessages';
import { resetProfileEdit, setHourShareEdit } from './warroomEdits';

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * A day's hourly profile, editable (docs/warroom.md, "Editing a day's profile"): 24 shares of the
 * day that always sum to 100 %; each change is one undoable edit saved with the plan.
 */
export const ProfileEditor = memo(function ProfileEditor({ today }: { today: IsoDate }) {
  // Only what a profile is read from: an hour imported in the war room does not draw it again.
  const doc = usePlanProfileSource();
  const m = useMessages(profileMessages);
  const f = useMoney();
  const days = useMemo(
    () => eachDay(doc.plan.startDate, doc.plan.endDate),
    [doc.plan.startDate, doc.plan.endDate],
  );
  const [picked, setPicked] = useState<IsoDate | null>(null);
  const date = picked ?? (days.includes(today) ? today : (days[0] ?? today));
  const percents = useMemo(() => profilePercents(profileWeights(doc, date)), [doc, date]);
  const isOwn = doc.hourProfiles.some((p) => p.date === date);
  const total = percents.reduce((s, p) => s + p, 0);
  return (
    <SectionCardWithAction
      title={m.title}
      hint={m.hint}
      testId="warroom-profile"
      action={
        <Group gap="xs" align="flex-end">
          <Badge variant="light" color={isOwn ? 'blue' : 'gray'}>
            {isOwn ? m.own : m.template[isPeakProfileDay(doc, date) ? 'peak' : 'ordinary']}
          </Badge>
          <Text size="sm" data-testid="warroom-profile-total">
            {m.total(f.percent(total / 100, 1))}
          </Text>
          <Select
            size="xs"
            w={140}
            label={m.day}
            value={date}
            allowDeselect={false}
            data={days}
            onChange={(v) => v && setPicked(v)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!isOwn}
            onClick={() => runEdit(resetProfileEdit, date)}
          >
            {m.reset}
          </Button>
        </Group>
      }
    >
      <SimpleGrid cols={12} spacing={6} verticalSpacing={4}>
        {percents.map((p, h) => (
          <CommitNumberInput
            key={`${date}-${h}`}
            size="xs"
            label={hourLabel(h)}
            aria-label={m.editLabel(date, hourLabel(h))}
            value={Math.round(p * 100) / 100}
            suffix="%"
            min={0}
            max={100}
            decimalScale={2}
            hideControls
            data-testid={`warroom-profile-${h}`}
            onCommit={(v) => v !== null && runEdit(setHourShareEdit, { date, hour: h, percent: v })}
          />
        ))}
      </SimpleGrid>
    </SectionCardWithAction>
  );
});
