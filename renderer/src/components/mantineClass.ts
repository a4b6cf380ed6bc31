/**
 * A class as Mantine gives it to a part of a component: the CSS-module class (`Component.classes`),
 * then its static `mantine-<Component>-<part>` name. For the few places that draw a Mantine
 * component's markup themselves, so Mantine's stylesheet draws them the same (ChoiceSegments, the
 * library's rows in features/plans/planRowLook.ts).
 */
export function mantineClass(moduleClass: string | undefined, staticName: string): string {
  return `${moduleClass ?? ''} mantine-${staticName}`;
}
