import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { I18n } from '@atlassian/wrm-react-i18n';
import { ChoiceSelect, type Choice } from '../common/Field';
import { formatCount } from '../common/format';
import type { GroupFilter } from './tableQuery';

interface Props {
  search: string;
  onSearch: (search: string) => void;
  group: GroupFilter;
  counts: Record<GroupFilter, number>;
  onGroup: (group: GroupFilter) => void;
  selected: number;
  onClear: () => void;
  onExport: () => void;
  /** Why Export is unavailable (another export runs), or null. */
  exportBlocked: string | null;
}

function groupChoices(counts: Record<GroupFilter, number>): Array<Choice<GroupFilter>> {
  return [
    { value: 'ALL', label: I18n.getText('tablewise.tables.filter.all', formatCount(counts.ALL)) },
    { value: 'CORE', label: I18n.getText('tablewise.tables.filter.core', formatCount(counts.CORE)) },
    { value: 'THIS_APP', label: I18n.getText('tablewise.tables.filter.thisApp', formatCount(counts.THIS_APP)) },
    { value: 'OTHER_APP', label: I18n.getText('tablewise.tables.filter.otherApp', formatCount(counts.OTHER_APP)) },
  ];
}

/** Search, group filter, the selection and the Export button, above the table. */
export function TablesToolbar(props: Props) {
  return (
    <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
      <Inline space="space.150" alignBlock="center" shouldWrap>
        <div style={{ width: '16rem' }}>
          <Textfield
            value={props.search}
            onChange={(event) => props.onSearch(event.currentTarget.value)}
            placeholder={I18n.getText('tablewise.tables.search.placeholder')}
            aria-label={I18n.getText('tablewise.tables.search.label')}
            type="search"
            testId="tablewise-tables-search"
          />
        </div>
        <div style={{ width: '12rem' }}>
          <ChoiceSelect
            id="tablewise-group-filter"
            options={groupChoices(props.counts)}
            value={props.group}
            onChange={props.onGroup}
            ariaLabel={I18n.getText('tablewise.tables.filter.label')}
            testId="tablewise-group-filter"
          />
        </div>
      </Inline>
      <Inline space="space.150" alignBlock="center">
        {props.selected > 0 && (
          <>
            <Text color="color.text.subtle" testId="tablewise-selection-count">
              {I18n.getText('tablewise.tables.selected', formatCount(props.selected))}
            </Text>
            <Button appearance="subtle" onClick={props.onClear}>
              {I18n.getText('tablewise.tables.clear')}
            </Button>
          </>
        )}
        <span title={props.exportBlocked ?? undefined}>
          <Button
            appearance="primary"
            isDisabled={props.selected === 0 || props.exportBlocked !== null}
            onClick={props.onExport}
            testId="tablewise-export-open"
          >
            {props.selected > 1
              ? I18n.getText('tablewise.tables.exportMany', formatCount(props.selected))
              : I18n.getText('tablewise.tables.export')}
          </Button>
        </span>
      </Inline>
    </Inline>
  );
}

interface SelectShownProps {
  shown: number;
  /** How many of the shown tables are selected. */
  shownSelected: number;
  onSelectShown: (on: boolean) => void;
  summary: string;
}

/** Right above the table, in line with its checkboxes: select every table the filters show. */
export function SelectShown({ shown, shownSelected, onSelectShown, summary }: SelectShownProps) {
  const all = shown > 0 && shownSelected === shown;
  return (
    <Inline space="space.200" alignBlock="center" shouldWrap>
      <Checkbox
        isChecked={all}
        isIndeterminate={shownSelected > 0 && !all}
        isDisabled={shown === 0}
        onChange={() => onSelectShown(!all)}
        label={I18n.getText('tablewise.tables.selectShown', formatCount(shown))}
        testId="tablewise-select-shown"
      />
      <Text size="small" color="color.text.subtle" testId="tablewise-tables-summary">
        {summary}
      </Text>
    </Inline>
  );
}
