import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconDiscount2, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { mechanicKinds, mechanicNames } from '../../../../shared/budget/mechanics';
import { newId, type Mechanic, type PromotionId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { useRegisterActions, type AppAction } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import {
  addPromotionEdit,
  followPromotionCostEdit,
  removePromotionEdit,
  setMechanicParamEdit,
  updatePromotionEdit,
} from './promotionEdits';
import { useMoney } from '../budget/useMoney';
import { promotionMessages } from './messages';
import { PromotionEditor } from './PromotionEditor';
import { usePlanFigures } from '../../components/usePlanFigures';

export function PromotionsScreen() {
  const m = useMessages(promotionMessages);
  const format = useMoney();
  const { doc, promotionCosts } = usePlanFigures().figures.recomputed;
  const [selected, setSelected] = useState<PromotionId | null>(null);
  const promotions = useMemo(() => [...doc.promotions].sort((a, b) => a.order - b.order), [doc.promotions]);
  const current = promotions.find((p) => p.id === selected) ?? promotions[0];
  const language = format.language;
  const add = useCallback(
    (kind: Mechanic['kind']) => {
      const id = newId<PromotionId>();
      runEdit(addPromotionEdit, { kind, language, id });
      setSelected(id);
    },
    [language],
  );
  // One palette command per mechanic ("添加促销：满减"), each the same edit as the menu's item.
  const actions = useMemo(
    (): AppAction[] =>
      mechanicKinds.map((kind) => ({
        ...editCommand(addPromotionEdit, () => ({ kind, language, id: newId<PromotionId>() })),
        id: `promotions.add.${kind}`,
        label: {
          zh: promotionMessages['zh-CN'].addKind(mechanicNames[kind].zh),
          en: promotionMessages['en-US'].addKind(mechanicNames[kind].en),
        },
        perform: () => add(kind),
      })),
    [language, add],
  );
  useRegisterActions('promotions', actions);
  const addMenu = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" leftSection={<IconPlus size={14} />} rightSection={<IconChevronDown size={14} />}>
          {m.add}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {mechanicKinds.map((k) => (
          <Menu.Item key={k} onClick={() => add(k)}>
            {mechanicNames[k][format.language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
  return (
    <ScreenFrame title={m.title} intro={m.intro} actions={addMenu}>
      {promotions.length === 0 ? (
        <EmptyState icon={<IconDiscount2 />} body={m.empty} action={addMenu} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <ScrollArea.Autosize mah="calc(100vh - 220px)">
              <Stack gap={6} data-testid="promotion-list">
                {promotions.map((p) => {
                  const cost = promotionCosts.get(p.id);
                  const isCurrent = p.id === current?.id;
                  return (
                    <UnstyledButton key={p.id} onClick={() => setSelected(p.id)} aria-current={isCurrent}>
                      <Card
                        withBorder
                        padding="xs"
                        bg={isCurrent ? 'blue.0' : undefined}
                        style={{ borderColor: isCurrent ? 'var(--mantine-color-blue-4)' : undefined }}
                      >
                        <Group justify="space-between" wrap="nowrap" gap="xs">
                          <Stack gap={0} style={{ minWidth: 0 }}>
                            <Text size="sm" fw={600} truncate>
                              {p.name}
                            </Text>
                            <Badge size="xs" variant="light" w="fit-content">
                              {mechanicNames[p.mechanic.kind][format.language]}
                            </Badge>
                          </Stack>
                          <Text
                            size="sm"
                            fw={600}
                            style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                          >
                            {cost ? format.money(cost.costMinor) : '—'}
                          </Text>
                        </Group>
                      </Card>
                    </UnstyledButton>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {current ? (
              <PromotionEditor
                key={current.id}
                promotion={current}
                doc={doc}
                cost={promotionCosts.get(current.id)}
                line={doc.budgetLines.find((l) => l.promotionId === current.id)}
                format={format}
                onPatch={(patch) => runEdit(updatePromotionEdit, { id: current.id, patch })}
                onParam={(key, value) => runEdit(setMechanicParamEdit, { id: current.id, key, value })}
                onFollow={() => {
                  const line = doc.budgetLines.find((l) => l.promotionId === current.id);
                  if (line) runEdit(followPromotionCostEdit, line.id);
                }}
                onRemove={() => {
                  runEdit(removePromotionEdit, current.id);
                  setSelected(null);
                }}
              />
            ) : (
              <Text c="dimmed">{m.selectOne}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </ScreenFrame>
  );
}
