import { useEffect, useState, type CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage from '@atlaskit/section-message';
import Toggle from '@atlaskit/toggle';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { ExportFormat, TableDetail, TableSummary } from '../../api/types';
import type { ExportRequest } from '../../export';
import { chooseSaveTarget, type SaveTarget } from '../../export/browser';
import { planFor } from '../common/exportPlan';
import type { ExportPlan } from '../common/exportSession';
import { ChoiceSelect, Field, type Choice } from '../common/Field';
import { formatCount } from '../common/format';
import { useHost } from '../shell/HostContext';
import { initialForm, toExportRequest, validateForm, type Delimiter, type Destination, type ExportForm, type TableDraft } from './exportForm';
import { TableOptions } from './TableOptions';
import { readyDetails, type Loadable } from './useCatalog';

interface PickerWindow {
  showSaveFilePicker?: unknown;
  showDirectoryPicker?: unknown;
}

/** Which save dialogs this browser offers (File System Access needs a secure context). */
export function pickers(win: Window = window): { file: boolean; directory: boolean } {
  const w = win as unknown as PickerWindow;
  return { file: win.isSecureContext && typeof w.showSaveFilePicker === 'function', directory: win.isSecureContext && typeof w.showDirectoryPicker === 'function' };
}

const sectionStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: token('space.100', '8px') };

function formatChoices(tables: number): Array<Choice<ExportFormat>> {
  return tables > 1
    ? [
        { value: 'CSV', label: I18n.getText('tablewise.format.zip.csv') },
        { value: 'JSONL', label: I18n.getText('tablewise.format.zip.jsonl') },
        { value: 'XLSX', label: I18n.getText('tablewise.format.zip.xlsx') },
      ]
    : [
        { value: 'CSV', label: I18n.getText('tablewise.format.csv') },
        { value: 'JSONL', label: I18n.getText('tablewise.format.jsonl') },
        { value: 'XLSX', label: I18n.getText('tablewise.format.xlsx') },
      ];
}

function delimiterChoices(): Array<Choice<Delimiter>> {
  return [
    { value: ',', label: I18n.getText('tablewise.export.csv.delimiter.comma') },
    { value: ';', label: I18n.getText('tablewise.export.csv.delimiter.semicolon') },
    { value: '\t', label: I18n.getText('tablewise.export.csv.delimiter.tab') },
    { value: '|', label: I18n.getText('tablewise.export.csv.delimiter.pipe') },
  ];
}

function nullChoices(): Array<Choice<'distinct' | 'empty'>> {
  return [
    { value: 'distinct', label: I18n.getText('tablewise.export.csv.null.distinct') },
    { value: 'empty', label: I18n.getText('tablewise.export.csv.null.empty') },
  ];
}

function destinationChoices(): Array<Choice<Destination>> {
  return [
    { value: 'file', label: I18n.getText('tablewise.export.destination.file') },
    { value: 'directory', label: I18n.getText('tablewise.export.destination.directory') },
  ];
}

function formatHelp(format: ExportFormat, tables: number): string {
  if (tables > 1) return I18n.getText('tablewise.export.format.zipHelp');
  switch (format) {
    case 'CSV':
      return I18n.getText('tablewise.export.format.csvHelp');
    case 'JSONL':
      return I18n.getText('tablewise.export.format.jsonlHelp');
    case 'XLSX':
      return I18n.getText('tablewise.export.format.xlsxHelp');
  }
}

interface Props {
  /** The selected tables, in catalog order. */
  tables: TableSummary[];
  details: ReadonlyMap<string, Loadable<TableDetail>>;
  loadDetail: (table: string, again?: boolean) => void;
  onClose: () => void;
  /** Called with a target already picked; starts the export in the session. */
  onStart: (plan: ExportPlan, request: ExportRequest, target: SaveTarget) => void;
}

/** Format, columns, filters, CSV options and speed for the selected tables; Export asks where to save. */
export function ExportDialog({ tables, details, loadDetail, onClose, onStart }: Props) {
  const { appVersion } = useHost();
  const [form, setForm] = useState<ExportForm>(() => initialForm(tables.map((t) => t.name)));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(tables.length === 1 ? [tables[0]?.name ?? ''] : []));
  const [attempted, setAttempted] = useState(false);
  const [pickerError, setPickerError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const available = pickers();
  const summaries = new Map(tables.map((t) => [t.name, t]));
  const ready = readyDetails(details);

  // Errors show after the first Export click, then follow every change.
  const shownErrors = attempted ? validateForm(form, ready) : [];
  const update = (patch: Partial<ExportForm>) => setForm((f) => ({ ...f, ...patch }));
  const updateTable = (draft: TableDraft) => setForm((f) => ({ ...f, tables: f.tables.map((t) => (t.table === draft.table ? draft : t)) }));
  const expand = (table: string, on: boolean) => {
    setExpanded((set) => {
      const next = new Set(set);
      if (on) next.add(table);
      else next.delete(table);
      return next;
    });
  };
  useEffect(() => {
    for (const table of expanded) loadDetail(table);
  }, [expanded, loadDetail]);

  const onExport = async (): Promise<void> => {
    const found = validateForm(form, ready);
    setAttempted(true);
    setPickerError(null);
    if (found.length > 0) {
      setExpanded((set) => new Set([...set, ...found.flatMap((e) => (e.table ? [e.table] : []))]));
      return;
    }
    const request = toExportRequest(form, ready, appVersion);
    let target: SaveTarget | null;
    setPicking(true);
    try {
      // The first await of the click: the save dialog needs the click's user activation.
      target = await chooseSaveTarget(request, form.destination);
    } catch (error) {
      setPickerError(error instanceof Error ? error.message : String(error));
      return;
    } finally {
      setPicking(false);
    }
    if (!target) return; // the save dialog was closed
    const fileName = target.kind === 'file' ? target.handle.name : target.name;
    onStart(planFor(request, fileName, target.kind, (name) => summaries.get(name)?.estimatedRows ?? null), request, target);
  };

  const title =
    tables.length === 1 ? I18n.getText('tablewise.export.title.one', tables[0]?.name ?? '') : I18n.getText('tablewise.export.title.many', formatCount(tables.length));

  return (
    <Modal onClose={onClose} width="large" label={title} testId="tablewise-export-dialog" shouldScrollInViewport={false}>
      <ModalHeader>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.300">
          <Inline space="space.200" shouldWrap alignBlock="start">
            <div style={{ flex: '1 1 16rem' }}>
              <Field id="tablewise-export-format" label={I18n.getText('tablewise.export.format.label')} helper={formatHelp(form.format, tables.length)}>
                <ChoiceSelect id="tablewise-export-format" options={formatChoices(tables.length)} value={form.format} onChange={(format) => update({ format })} testId="tablewise-export-format" />
              </Field>
            </div>
            {available.file && (
              <div style={{ flex: '1 1 16rem' }}>
                <Field id="tablewise-export-destination" label={I18n.getText('tablewise.export.destination.label')} helper={I18n.getText('tablewise.export.destination.help')}>
                  <ChoiceSelect
                    id="tablewise-export-destination"
                    options={available.directory ? destinationChoices() : destinationChoices().slice(0, 1)}
                    value={form.destination}
                    onChange={(destination) => update({ destination })}
                  />
                </Field>
              </div>
            )}
          </Inline>
          {!window.isSecureContext ? (
            <SectionMessage appearance="warning" title={I18n.getText('tablewise.export.insecure.title')} testId="tablewise-export-insecure">
              <Text as="p">{I18n.getText('tablewise.export.insecure.body')}</Text>
            </SectionMessage>
          ) : (
            !available.file && <Text color="color.text.subtle">{I18n.getText('tablewise.export.destination.downloadOnly')}</Text>
          )}

          {form.format === 'CSV' && (
            <div style={sectionStyle}>
              <Heading size="xsmall" as="h3">
                {I18n.getText('tablewise.export.csv.title')}
              </Heading>
              <Inline space="space.200" shouldWrap alignBlock="end">
                <div style={{ flex: '0 1 12rem' }}>
                  <Field id="tablewise-export-delimiter" label={I18n.getText('tablewise.export.csv.delimiter')}>
                    <ChoiceSelect id="tablewise-export-delimiter" options={delimiterChoices()} value={form.csv.delimiter} onChange={(delimiter) => update({ csv: { ...form.csv, delimiter } })} />
                  </Field>
                </div>
                <div style={{ flex: '1 1 18rem' }}>
                  <Field id="tablewise-export-null" label={I18n.getText('tablewise.export.csv.null')}>
                    <ChoiceSelect
                      id="tablewise-export-null"
                      options={nullChoices()}
                      value={form.csv.nullAsEmpty ? 'empty' : 'distinct'}
                      onChange={(choice) => update({ csv: { ...form.csv, nullAsEmpty: choice === 'empty' } })}
                    />
                  </Field>
                </div>
              </Inline>
              <Checkbox
                isChecked={form.csv.bom}
                onChange={() => update({ csv: { ...form.csv, bom: !form.csv.bom } })}
                label={I18n.getText('tablewise.export.csv.bom')}
                name="tablewise-export-bom"
              />
            </div>
          )}

          <div style={sectionStyle}>
            <Heading size="xsmall" as="h3">
              {tables.length === 1 ? I18n.getText('tablewise.export.tables.titleOne') : I18n.getText('tablewise.export.tables.title')}
            </Heading>
            <div>
              {form.tables.map((draft, index) => (
                <TableOptions
                  key={draft.table}
                  index={index}
                  draft={draft}
                  summary={summaries.get(draft.table)}
                  detail={details.get(draft.table)}
                  expanded={expanded.has(draft.table)}
                  errors={shownErrors.filter((e) => e.table === draft.table)}
                  onExpand={(on) => expand(draft.table, on)}
                  onReload={() => loadDetail(draft.table, true)}
                  onChange={updateTable}
                />
              ))}
            </div>
          </div>

          <div style={sectionStyle}>
            <Heading size="xsmall" as="h3">
              {I18n.getText('tablewise.export.speed.title')}
            </Heading>
            <Inline space="space.100" alignBlock="center">
              <Toggle id="tablewise-export-full-speed" isChecked={form.fullSpeed} onChange={() => update({ fullSpeed: !form.fullSpeed })} testId="tablewise-export-full-speed" />
              <label htmlFor="tablewise-export-full-speed">
                <Text weight="medium">{I18n.getText('tablewise.export.speed.label')}</Text>
              </label>
            </Inline>
            <Text as="p" color="color.text.subtle">
              {form.fullSpeed ? I18n.getText('tablewise.export.speed.on') : I18n.getText('tablewise.export.speed.off')}
            </Text>
          </div>

          {pickerError && (
            <SectionMessage appearance="error" title={I18n.getText('tablewise.export.picker.failed')}>
              <Text as="p">{pickerError}</Text>
            </SectionMessage>
          )}
          {shownErrors.length > 0 && (
            <SectionMessage appearance="error" title={I18n.getText('tablewise.export.invalid.title')} testId="tablewise-export-invalid">
              <Text as="p">{I18n.getText('tablewise.export.invalid.body', formatCount(shownErrors.length))}</Text>
            </SectionMessage>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          {I18n.getText('tablewise.action.cancel')}
        </Button>
        <Button appearance="primary" onClick={() => void onExport()} isLoading={picking} testId="tablewise-export-start">
          {I18n.getText('tablewise.export.start')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
