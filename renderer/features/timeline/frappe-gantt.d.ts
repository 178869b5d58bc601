/**
 * The part of frappe-gantt 1.2.2 the Timeline uses, typed from its source (node_modules/frappe-gantt/src),
 * not from its README: the package ships no types.
 */
declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    /** written into the bar's <text> as HTML: escape it */
    name: string;
    /** 'YYYY-MM-DD' (local midnight); the end day is included when it has no time */
    start: string;
    end: string;
    progress: number;
    /** comma-separated ids; the Timeline draws its own arrows and passes '' */
    dependencies?: string;
    /** ONE class name (frappe calls classList.add with it) */
    custom_class?: string;
    /** filled in by frappe */
    _start?: Date;
    _end?: Date;
    _index?: number;
  }

  export interface FrappeViewMode {
    name: string;
    /** e.g. '1d' */
    step: string;
    /** [before, after], e.g. ['30d', '10d'] */
    padding: string | [string, string];
    date_format?: string;
    column_width?: number;
    lower_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    upper_text?: string | ((d: Date, last: Date | null, lang: string) => string);
    thick_line?: (d: Date) => boolean;
    snap_at?: string;
  }

  export interface FrappeOptions {
    view_modes?: FrappeViewMode[];
    view_mode?: string;
    column_width?: number | null;
    bar_height?: number;
    bar_corner_radius?: number;
    padding?: number;
    upper_header_height?: number;
    lower_header_height?: number;
    container_height?: number | 'auto';
    infinite_padding?: boolean;
    holidays?: Record<string, unknown>;
    ignore?: unknown[];
    lines?: 'none' | 'vertical' | 'horizontal' | 'both';
    move_dependencies?: boolean;
    popup?: false | ((ctx: unknown) => void);
    popup_on?: 'click' | 'hover';
    readonly?: boolean;
    readonly_dates?: boolean;
    readonly_progress?: boolean;
    scroll_to?: string | null;
    today_button?: boolean;
    view_mode_select?: boolean;
    snap_at?: string | null;
    language?: string;
    arrow_curve?: number;
    on_click?: (task: FrappeTask) => void;
    on_double_click?: (task: FrappeTask) => void;
    on_date_change?: (task: FrappeTask, start: Date, end: Date) => void;
    on_progress_change?: (task: FrappeTask, progress: number) => void;
    on_hover?: (task: FrappeTask, x: number, y: number, e: MouseEvent) => void;
    on_view_change?: (mode: FrappeViewMode) => void;
  }

  export interface FrappeBar {
    task: FrappeTask;
    group: SVGGElement;
    bar_group: SVGGElement;
    $bar: SVGRectElement;
    $bar_progress: SVGRectElement;
    x: number;
    update_label_position(): void;
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement | SVGElement | string, tasks: FrappeTask[], options?: FrappeOptions);
    $svg: SVGSVGElement;
    $container: HTMLDivElement;
    options: FrappeOptions & { view_modes: FrappeViewMode[] };
    config: { view_mode: FrappeViewMode; column_width: number; header_height: number };
    gantt_start: Date;
    gantt_end: Date;
    bars: FrappeBar[];
    tasks: FrappeTask[];
    refresh(tasks: FrappeTask[]): void;
    get_bar(id: string): FrappeBar | undefined;
  }
}
