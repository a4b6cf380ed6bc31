import { Button, Card, Group, Modal, Select, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { planTypes, todayIso, type PlanType } from '../../../../shared/domain';
import { createBlankPlan, createPlanFromTemplate } from '../../../../shared/planning/createPlan';
import { checkPastStarts } from '../../../../shared/planning/pastStart';
import { nextPeakDate, templates, type TemplateId } from '../../../../shared/templates';
import { ModalActions } from '../../components/ModalActions';
import { useSubmit } from '../../components/useSubmit';
import { IsoDateInput } from '../../components/IsoDateInput';
import { textIn, useAppMessages, useLocale, useMessages } from '../../i18n';
import { newFromExcelMessages } from '../io/newFromExcelMessages';
import { useNewFromExcel } from '../io/useNewFromExcel';
import { useLibraryStore } from '../../state/libraryStore';
import { PastStartAlert } from './PastStartAlert';

const currencies = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD', 'AUD'];

/** Creating a plan: pick a template and the peak day, and everything else is scheduled from it. */
export function NewPlanModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const m = useAppMessages();
  const excel = useMessages(newFromExcelMessages);
  const newFromExcel = useNewFromExcel();
  const locale = useLocale();
  const addDocument = useLibraryStore((s) => s.addDocument);
  const navigate = useNavigate();
  const [mode, setMode] = useState<'template' | 'blank'>('template');
  const [templateId, setTemplateIdState] = useState<TemplateId>(templates[0]?.id ?? 'double11');
  // The template's next usual peak is filled in until the planner types a date of their own.
  const [peakDate, setPeakDateState] = useState<string | null>(() => nextPeakDate(templateId, todayIso()));
  const [peakTyped, setPeakTyped] = useState(false);
  const setPeakDate = (value: string | null) => {
    setPeakTyped(true);
    setPeakDateState(value);
  };
  const setTemplateId = (id: TemplateId) => {
    setTemplateIdState(id);
    if (!peakTyped) setPeakDateState(nextPeakDate(id, todayIso()));
  };
  const [name, setName] = useState('');
  const [type, setType] = useState<PlanType>('custom');
  const [currency, setCurrency] = useState('CNY');
  const { busy, error, submit } = useSubmit();

  // The peak the planner chose to keep although it puts tasks in the past (asked once per peak).
  const [keptPeak, setKeptPeak] = useState<string | null>(null);

  const template = templates.find((t) => t.id === templateId);
  const today = todayIso();
  const pastStart =
    mode === 'template' && peakDate !== null ? checkPastStarts(templateId, peakDate, today) : null;
  const canCreate = peakDate !== null && (mode === 'template' || name.trim() !== '');

  async function create() {
    if (!peakDate) return;
    await submit(async () => {
      const now = new Date();
      const doc =
        mode === 'template'
          ? createPlanFromTemplate({ templateId, peakDate, name: name.trim() || undefined, locale, now })
          : createBlankPlan({ name, type, peakDate, currency, locale, now });
      const planId = await addDocument(doc);
      onClose();
      setName('');
      setPeakDate(null);
      navigate(`/plans/${planId}/overview`);
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={m.newPlan.title} size="xl">
      <Stack>
        <Tabs value={mode} onChange={(v) => setMode((v as 'template' | 'blank') ?? 'template')}>
          <Tabs.List>
            <Tabs.Tab value="template">{m.newPlan.fromTemplate}</Tabs.Tab>
            <Tabs.Tab value="blank">{m.newPlan.blank}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {mode === 'template' ? (
          <SimpleGrid cols={3} spacing="sm" role="radiogroup" aria-label={m.newPlan.template}>
            {templates.map((t) => (
              <Card
                key={t.id}
                withBorder
                padding="sm"
                role="radio"
                aria-checked={t.id === templateId}
                tabIndex={0}
                data-testid={`template-${t.id}`}
                onClick={() => setTemplateId(t.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') setTemplateId(t.id);
                }}
                style={{
                  cursor: 'pointer',
                  borderColor: t.id === templateId ? 'var(--mantine-color-red-6)' : undefined,
                  boxShadow: t.id === templateId ? '0 0 0 1px var(--mantine-color-red-6)' : undefined,
                }}
              >
                <Text fw={700}>{textIn(t.name, locale)}</Text>
                {/* Three lines keep both rows of cards and the create button on a 720 px screen;
                    the rest of a description is its tooltip. */}
                <Text size="xs" c="dimmed" lineClamp={3} title={textIn(t.description, locale)}>
                  {textIn(t.description, locale)}
                </Text>
                <Text size="xs" mt={4} c="red.7">
                  {m.newPlan.templateSummary(t.phases.length, t.tasks.length, t.risks.length)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        ) : (
          <Group grow>
            <Select
              label={m.newPlan.type}
              value={type}
              onChange={(v) => setType((v as PlanType) ?? 'custom')}
              data={planTypes.map((p) => ({ value: p, label: m.enums.planType[p] }))}
              allowDeselect={false}
            />
            <Select
              label={m.newPlan.currency}
              value={currency}
              onChange={(v) => setCurrency(v ?? 'CNY')}
              data={currencies}
              allowDeselect={false}
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <IsoDateInput
            label={m.newPlan.peakDate}
            description={mode === 'template' ? m.newPlan.peakHint : undefined}
            value={peakDate}
            onChange={setPeakDate}
            required
            data-testid="peak-date"
            placeholder="YYYY-MM-DD"
          />
          <TextInput
            label={m.newPlan.name}
            placeholder={
              mode === 'template' && template
                ? `${peakDate?.slice(0, 4) ?? ''} ${textIn(template.name, locale)}`
                : m.newPlan.namePlaceholder
            }
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required={mode === 'blank'}
            data-testid="plan-name"
          />
        </Group>
        {pastStart !== null && pastStart.count > 0 && (
          <PastStartAlert
            check={pastStart}
            today={today}
            kept={keptPeak === peakDate}
            onMovePeak={setPeakDate}
            onKeep={() => setKeptPeak(peakDate)}
          />
        )}
        <ModalActions
          error={error}
          onCancel={onClose}
          onConfirm={() => void create()}
          disabled={!canCreate}
          loading={busy}
          testId="create-plan"
          start={
            <Button
              variant="subtle"
              mr="auto"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => {
                onClose();
                void newFromExcel.pick();
              }}
              data-testid="new-plan-from-excel"
            >
              {excel.action}
            </Button>
          }
        />
      </Stack>
    </Modal>
  );
}
