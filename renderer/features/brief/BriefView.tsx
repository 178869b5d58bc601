import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { htmlToBlocks, type TextBlock } from './html-text.ts';

function Blocks({ blocks }: { blocks: TextBlock[] }) {
  const groups: TextBlock[][] = [];
  for (const b of blocks) {
    const last = groups[groups.length - 1];
    if (b.kind === 'li' && last?.[0]?.kind === 'li') last.push(b);
    else groups.push([b]);
  }
  return (
    <>
      {groups.map((g, i) =>
        g[0]?.kind === 'li' ? (
          <ul key={i}>
            {g.map((b, j) => (
              <li key={j}>{b.text}</li>
            ))}
          </ul>
        ) : g[0]?.kind === 'h' ? (
          <h3 key={i}>{g[0].text}</h3>
        ) : (
          <p key={i}>{g[0]?.text}</p>
        ),
      )}
    </>
  );
}

export function BriefView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sections = useRows('brief_section');
  const swot = useRows('swot_item');
  const pest = useRows('pest_item');
  const figures = useRows('market_figure');
  const rendered = useMemo(() => sections.map((s) => ({ id: s.id, title: s.title, blocks: htmlToBlocks(s.body) })), [sections]);
  const none = t('table.none');

  return (
    <>
      <ViewHeader title={t('views.brief.title')} />
      {rendered.length === 0 ? <p className="empty">{t('views.brief.noSections')}</p> : null}
      {rendered.map((s) => (
        <section key={s.id} className="panel prose" aria-labelledby={`brief-${s.id}`}>
          <h2 id={`brief-${s.id}`} className="panel-title">
            {s.title}
          </h2>
          <Blocks blocks={s.blocks} />
        </section>
      ))}
      <DataTable<Row<'swot_item'>>
        title={t('views.brief.swot')}
        rows={swot}
        rowKey={(x) => x.id}
        columns={[
          { id: 'quadrant', header: t('views.brief.quadrant'), cell: (x) => t(`enum.swot.${x.quadrant}`), rowHeader: true },
          { id: 'text', header: t('views.brief.item'), cell: (x) => x.text, wrap: true },
        ]}
      />
      <DataTable<Row<'pest_item'>>
        title={t('views.brief.pest')}
        rows={pest}
        rowKey={(x) => x.id}
        columns={[
          { id: 'factor', header: t('views.brief.factor'), cell: (x) => t(`enum.pest.${x.factor}`), rowHeader: true },
          { id: 'text', header: t('views.brief.item'), cell: (x) => x.text, wrap: true },
        ]}
      />
      <DataTable<Row<'market_figure'>>
        title={t('views.brief.figures')}
        rows={figures}
        rowKey={(x) => x.id}
        columns={[
          { id: 'label', header: t('views.brief.label'), cell: (x) => x.label, rowHeader: true },
          { id: 'value', header: t('views.brief.value'), cell: (x) => `${fmt.number(x.value)}${x.unit ? ` ${x.unit}` : ''}`, align: 'end' },
          { id: 'source', header: t('views.brief.source'), cell: (x) => x.source || none, wrap: true },
          { id: 'asOf', header: t('views.brief.asOf'), cell: (x) => fmt.date(x.as_of), align: 'end' },
        ]}
      />
    </>
  );
}
