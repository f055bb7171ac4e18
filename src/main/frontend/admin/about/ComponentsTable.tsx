import type { CSSProperties } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { SbomComponent } from '../../api/types';

const codeStyle: CSSProperties = {
  fontFamily: token('font.family.code', 'ui-monospace, Menlo, Consolas, monospace'),
  fontSize: '12px',
  overflowWrap: 'anywhere',
};

/** "group:name" for Maven artifacts, the package name for npm: how each ecosystem names it. */
export function componentName(component: SbomComponent): string {
  return component.group ? `${component.group}:${component.name}` : component.name;
}

/** Pure: the components whose name, version, licence or purl contain every word of the search. */
export function filterComponents(components: readonly SbomComponent[], search: string): SbomComponent[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...components];
  return components.filter((c) => {
    const text = [componentName(c), c.version ?? '', ...c.licences, c.purl ?? ''].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

function head(): HeadType {
  return {
    cells: [
      { key: 'name', content: I18n.getText('tablewise.about.components.name'), isSortable: true, width: 35 },
      { key: 'version', content: I18n.getText('tablewise.about.components.version'), width: 12 },
      { key: 'licences', content: I18n.getText('tablewise.about.components.licences'), isSortable: true, width: 18 },
      { key: 'purl', content: I18n.getText('tablewise.about.components.purl'), width: 35 },
    ],
  };
}

/** Pure: one table row per component; sort keys are the plain texts. */
export function componentRows(components: readonly SbomComponent[]): RowType[] {
  return components.map((c) => {
    const name = componentName(c);
    const licences = c.licences.join(', ');
    return {
      key: c.purl ?? `${name}@${c.version ?? ''}`,
      cells: [
        { key: name.toLowerCase(), content: name },
        { key: c.version ?? '', content: c.version ?? '' },
        { key: licences.toLowerCase(), content: licences || I18n.getText('tablewise.about.components.noLicence') },
        {
          key: c.purl ?? '',
          // Qualifiers (vcs_url, type) identify where it came from; the full purl is the tooltip.
          content: (
            <span style={codeStyle} title={c.purl ?? undefined}>
              {(c.purl ?? '').split('?', 1)[0]}
            </span>
          ),
        },
      ],
    };
  });
}

export function ComponentsTable({ components }: { components: readonly SbomComponent[] }) {
  return (
    <DynamicTable
      head={head()}
      rows={componentRows(components)}
      rowsPerPage={50}
      defaultPage={1}
      defaultSortKey="name"
      defaultSortOrder="ASC"
      emptyView={<Text color="color.text.subtle">{I18n.getText('tablewise.about.components.none')}</Text>}
      testId="tablewise-about-components"
    />
  );
}
