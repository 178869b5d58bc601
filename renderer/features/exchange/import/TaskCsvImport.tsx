/**
 * Tasks from a CSV task list through the shared CSV dialog (mapping, preview, per-row errors, encoding):
 * the good rows become one change list by the same planImport as project files, so phases and owners
 * are matched by name and the import is one undo step.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planImport } from '../../../../shared/exchange/plan-import.ts';
import { projectFromTaskRows, readTaskCell, rowEnd, TASK_COLUMN_ALIASES, TASK_COLUMNS, type TaskCsvValues } from '../../../../shared/exchange/tasks-csv.ts';
import { useRows, useSettings } from '../../../app/store/selectors.ts';
import { CsvImport, fromCell, type CsvField, type ImportRow } from '../../../ui/CsvImport.tsx';

export function TaskCsvImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const people = useRows('person');
  const phases = useRows('phase');
  const keyDates = useRows('key_date');

  const fields = useMemo<CsvField[]>(() => {
    const parse: Record<(typeof TASK_COLUMNS)[number], CsvField['parse']> = {
      name: (raw) => fromCell(t, readTaskCell.name(raw)),
      start: (raw, { dateOrder }) => fromCell(t, readTaskCell.start(raw, dateOrder)),
      end: (raw, { dateOrder }) => fromCell(t, readTaskCell.end(raw, dateOrder)),
      milestone: (raw) => fromCell(t, readTaskCell.milestone(raw)),
      progress: (raw) => fromCell(t, readTaskCell.progress(raw)),
      phase: (raw) => fromCell(t, readTaskCell.text(raw)),
      owner: (raw) => fromCell(t, readTaskCell.text(raw)),
      hours: (raw) => fromCell(t, readTaskCell.hours(raw)),
      notes: (raw) => fromCell(t, readTaskCell.text(raw)),
    };
    return TASK_COLUMNS.map((key) => ({
      key,
      label: t(`imports.fields.${key}`),
      required: key === 'name' || key === 'start',
      aliases: TASK_COLUMN_ALIASES[key],
      parse: parse[key],
      ...(key === 'milestone' ? { show: (v: unknown) => (v ? t('imports.yes') : '') } : {}),
      ...(key === 'end' ? { show: (v: unknown) => (typeof v === 'string' ? v : '') } : {}),
    }));
  }, [t]);

  const checkRow = useCallback(
    (values: Record<string, unknown>) => (rowEnd(values as unknown as TaskCsvValues) === null ? t('imports.endBeforeStart') : null),
    [t],
  );

  const toChanges = (rows: ImportRow[]) => {
    const project = projectFromTaskRows(rows.map((r) => r.values as unknown as TaskCsvValues));
    return planImport(project, {
      settings: { start_date: settings?.start_date ?? '2026-01-01', end_date: settings?.end_date ?? '2026-12-31', language: settings?.language ?? 'zh-CN' },
      people,
      phases,
      keyDates,
    }).changes;
  };

  return (
    <CsvImport
      title={t('imports.csvTitle')}
      intro={t('imports.csvIntro')}
      pastePlaceholder={t('imports.csvPlaceholder')}
      fields={fields}
      checkRow={checkRow}
      toChanges={toChanges}
      undoLabel={t('imports.csvUndo')}
      onClose={onClose}
    />
  );
}
