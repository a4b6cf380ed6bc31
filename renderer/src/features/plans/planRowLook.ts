import { ActionIcon, Badge, Checkbox, Group, rem, Table, Text, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { primaryColor } from '../../app/theme';
import { mantineClass } from '../../components/mantineClass';

/**
 * A library row's controls as Mantine draws them in this table — the same elements, classes, data
 * attributes and CSS variables — written plainly. Each Checkbox, Badge, Text and ActionIcon
 * resolved its props, theme and styles at every mount (the Checkbox, through Mantine's useId, drew
 * itself a second time right after mounting); a search or a visit mounts a screenful of rows at
 * once, and these were most of a row's cost. Mantine's stylesheet draws them, so they look the
 * same; the classes are Mantine's own (`Component.classes`).
 */

/** Mantine writes custom properties in `style`; React takes them as CSSProperties. */
const vars = (v: Record<string, string>) => v as CSSProperties;

/** Table.Tr and Table.Td in this table (row borders, highlighted on hover; no column borders). */
export const row = mantineClass(Table.classes.tr, 'Table-tr');
export const cell = mantineClass(Table.classes.td, 'Table-td');

/**
 * Mantine's Checkbox.module root class. `Checkbox.classes` is its module's classes overlaid with
 * InlineInput's (root, body, labelWrapper), so its own root class is not exported: named here, and
 * to be checked when Mantine is upgraded (Checkbox.module.mjs; a wrong name loses the box's size).
 */
const checkboxModuleRoot = 'm_bf2d988c';

/** Checkbox (filled, label on the right, no label): root › body › inner › input + icon, label box. */
export const checkbox = {
  root: `${mantineClass(checkboxModuleRoot, 'Checkbox-root')} ${mantineClass(Checkbox.classes.root, 'Checkbox-root')}`,
  rootStyle: vars({
    '--checkbox-radius': 'var(--mantine-radius-sm)',
    '--checkbox-color': `var(--mantine-color-${primaryColor}-filled)`,
  }),
  body: mantineClass(Checkbox.classes.body, 'Checkbox-body'),
  inner: mantineClass(Checkbox.classes.inner, 'Checkbox-inner'),
  input: `mantine-focus-auto ${mantineClass(Checkbox.classes.input, 'Checkbox-input')}`,
  icon: mantineClass(Checkbox.classes.icon, 'Checkbox-icon'),
  labelWrapper: mantineClass(Checkbox.classes.labelWrapper, 'Checkbox-labelWrapper'),
};

const textRoot = `mantine-focus-auto ${mantineClass(Text.classes.root, 'Text-root')}`;
/** Text, plain (the plan's name link: weight 600, the row's colour, no underline). */
export const text = {
  root: textRoot,
  nameStyle: { textDecoration: 'none', color: 'inherit', fontWeight: 600 } satisfies CSSProperties,
  /** size="xs" c="dimmed" lineClamp={1} */
  themeStyle: vars({
    '--text-fz': 'var(--mantine-font-size-xs)',
    '--text-lh': 'var(--mantine-line-height-xs)',
    '--text-line-clamp': '1',
    color: 'var(--mantine-color-dimmed)',
  }),
  /** size="sm" c="dimmed" */
  pendingStyle: vars({
    '--text-fz': 'var(--mantine-font-size-sm)',
    '--text-lh': 'var(--mantine-line-height-sm)',
    color: 'var(--mantine-color-dimmed)',
  }),
  /** size="xs" c="dimmed" */
  moreStyle: vars({
    '--text-fz': 'var(--mantine-font-size-xs)',
    '--text-lh': 'var(--mantine-line-height-xs)',
    color: 'var(--mantine-color-dimmed)',
  }),
  /** size="sm" lineClamp={2} */
  ownersStyle: vars({
    '--text-fz': 'var(--mantine-font-size-sm)',
    '--text-lh': 'var(--mantine-line-height-sm)',
    '--text-line-clamp': '2',
  }),
};

/** Group gap={4} mt={4} (wrapping, centred). */
export const tagGroup = {
  root: mantineClass(Group.classes.root, 'Group-root'),
  style: vars({
    '--group-gap': rem(4),
    '--group-align': 'center',
    '--group-justify': 'flex-start',
    '--group-wrap': 'wrap',
    marginTop: rem(4),
  }),
};

export const unstyledButton = `mantine-focus-auto ${mantineClass(UnstyledButton.classes.root, 'UnstyledButton-root')}`;

const badgeRoot = mantineClass(Badge.classes.root, 'Badge-root');
export const badge = {
  root: badgeRoot,
  /** variant="dot" (its own class first, as Mantine orders them). */
  dotRoot: `${Badge.classes['root--dot'] ?? ''} ${badgeRoot}`,
  label: mantineClass(Badge.classes.label, 'Badge-label'),
  /** size="sm" variant="dot" color="teal", a tag: clickable, as typed. */
  tagStyle: vars({
    '--badge-height': 'var(--badge-height-sm)',
    '--badge-padding-x': 'var(--badge-padding-x-sm)',
    '--badge-fz': 'var(--badge-fz-sm)',
    '--badge-dot-color': 'var(--mantine-color-teal-filled)',
    cursor: 'pointer',
    textTransform: 'none',
  }),
  /**
   * variant="light", the primary colour; a long type ("Black Friday / Cyber Monday") wraps onto a
   * second line inside the column rather than ending in "…". One line is as tall and as round as
   * Mantine's badge (its 18 px line and 1 px border: 20 px).
   */
  typeStyle: vars({
    '--badge-bg': `var(--mantine-color-${primaryColor}-light)`,
    '--badge-color': `var(--mantine-color-${primaryColor}-light-color)`,
    '--badge-bd': `${rem(1)} solid transparent`,
    height: 'auto',
    minHeight: 'var(--badge-height)',
    borderRadius: 'calc(var(--badge-height) / 2)',
  }),
  /** The type's words wrap (the label otherwise keeps to one line and cuts). */
  typeLabelStyle: { whiteSpace: 'normal' } satisfies CSSProperties,
  /** variant="outline" color="gray" ml={4}. */
  archivedStyle: vars({
    '--badge-bg': 'transparent',
    '--badge-color': 'var(--mantine-color-gray-outline)',
    '--badge-bd': `${rem(1)} solid var(--mantine-color-gray-outline)`,
    marginLeft: rem(4),
  }),
};

/** ActionIcon variant="subtle" color="gray". */
export const actionIcon = {
  root: `mantine-focus-auto mantine-active ${mantineClass(ActionIcon.classes.root, 'ActionIcon-root')} ${mantineClass(UnstyledButton.classes.root, 'UnstyledButton-root')}`,
  style: vars({
    '--ai-bg': 'transparent',
    '--ai-hover': 'var(--mantine-color-gray-light-hover)',
    '--ai-color': 'var(--mantine-color-gray-light-color)',
    '--ai-bd': `${rem(1)} solid transparent`,
  }),
  icon: mantineClass(ActionIcon.classes.icon, 'ActionIcon-icon'),
};
