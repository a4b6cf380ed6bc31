import { Badge, Button, Center, Loader, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { indexRoster } from '../../../../shared/people/matchOwners';
import {
  collectOwnerNames,
  defaultDecision,
  type OwnerDecision,
} from '../../../../shared/people/ownerReview';
import { EmptyState } from '../../components/EmptyState';
import { useMessages } from '../../i18n';
import { useLibraryDocs } from '../../state/libraryDocuments';
import { applyOwnerMatches } from '../../state/ownerMatches';
import { useTeam } from '../../state/workspaceStore';
import { peopleMessages } from './messages';
import { OwnerDecisionSelect } from './OwnerDecisionSelect';
import { WorkspaceScreenFrame } from './WorkspaceScreenFrame';

const kindColor = { exact: 'green', normalized: 'teal', suggested: 'yellow', none: 'gray' } as const;

/** Match owners: every owner name of every plan, matched to the team, applied in one undoable step. */
export function MatchOwnersScreen() {
  const t = useMessages(peopleMessages);
  const { docs } = useLibraryDocs();
  const people = useTeam();
  const [decisions, setDecisions] = useState<ReadonlyMap<string, OwnerDecision>>(new Map());
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => (docs ? collectOwnerNames(docs, indexRoster(people)) : null), [docs, people]);
  const nameOf = useMemo(() => new Map(people.map((p) => [p.id as string, p.name])), [people]);

  const apply = async () => {
    if (!docs || !rows) return;
    setBusy(true);
    try {
      const result = await applyOwnerMatches(docs, rows, decisions, t.matchOwners);
      setDecisions(new Map());
      notifications.show({ color: 'green', message: t.applied(result.people, result.plans) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <WorkspaceScreenFrame
      title={t.matchOwners}
      intro={t.matchIntro}
      actions={
        <Button
          size="xs"
          leftSection={<IconCheck size={14} />}
          onClick={() => void apply()}
          loading={busy}
          disabled={!rows || rows.length === 0}
          data-testid="apply-matches"
        >
          {t.apply}
        </Button>
      }
    >
      {!rows ? (
        <Center p="xl">
          <Loader aria-label={t.loading} />
        </Center>
      ) : rows.length === 0 ? (
        <EmptyState icon={<IconUsers />} body={t.nothingToMatch} />
      ) : (
        <Table data-testid="owner-matches" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.matchColumns.name}</Table.Th>
              <Table.Th w={150}>{t.matchColumns.found}</Table.Th>
              <Table.Th w={220}>{t.matchColumns.match}</Table.Th>
              <Table.Th w={240}>{t.matchColumns.decision}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.raw} data-testid="owner-match-row">
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre' }}>
                    {row.raw}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{t.occurrences(row.occurrences, row.planIds.length)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={kindColor[row.match.kind]} variant="light" size="sm">
                    {t.kind[row.match.kind]}
                  </Badge>
                  {row.match.personId !== null && (
                    <Text span size="sm" ml={6}>
                      {nameOf.get(row.match.personId)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <OwnerDecisionSelect
                    row={row}
                    people={people}
                    decision={decisions.get(row.raw) ?? defaultDecision(row)}
                    onChange={(d) => setDecisions((prev) => new Map(prev).set(row.raw, d))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </WorkspaceScreenFrame>
  );
}
