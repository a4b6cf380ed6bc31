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
import { useMemo, useState } from 'react';
import { mechanicKinds, mechanicNames } from '../../../../shared/budget/promotionCost';
import { recomputeAll } from '../../../../shared/budget/recompute';
import {
  addPromotion,
  followPromotionCost,
  removePromotion,
  updatePromotion,
} from '../../../../shared/budget/recipes';
import { newId, type Mechanic, type PromotionId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { useBudgetEdit } from '../budget/useBudgetEdit';
import { usePlanDoc } from '../../state/planStore';
import { useMoney } from '../budget/useMoney';
import { promotionMessages } from './messages';
import { PromotionEditor } from './PromotionEditor';

export function PromotionsScreen() {
  const m = useMessages(promotionMessages);
  const stored = usePlanDoc();
  const edit = useBudgetEdit();
  const format = useMoney();
  const { doc, promotionCosts } = useMemo(() => recomputeAll(stored), [stored]);
  const [selected, setSelected] = useState<PromotionId | null>(null);
  const promotions = useMemo(() => [...doc.promotions].sort((a, b) => a.order - b.order), [doc.promotions]);
  const current = promotions.find((p) => p.id === selected) ?? promotions[0];
  const add = (kind: Mechanic['kind']) => {
    const id = newId<PromotionId>();
    edit(m.add, (d) => addPromotion(d, kind, format.language, id));
    setSelected(id);
  };
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
                onPatch={(patch) => edit(m.edit, (d) => updatePromotion(d, current.id, patch))}
                onParam={(key, value) =>
                  edit(m.edit, (d) => {
                    const now = d.promotions.find((p) => p.id === current.id);
                    if (!now) return d;
                    return updatePromotion(d, current.id, {
                      mechanic: { ...now.mechanic, [key]: value } as Mechanic,
                    });
                  })
                }
                onFollow={() => {
                  const line = doc.budgetLines.find((l) => l.promotionId === current.id);
                  if (line) edit(m.edit, (d) => followPromotionCost(d, line.id));
                }}
                onRemove={() => {
                  edit(m.remove, (d) => removePromotion(d, current.id));
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
