/*
 * <best-calendar>: FullCalendar in the page's light DOM (it injects its CSS into the document
 * head, so it cannot style a shadow root), driven by uk.nhs.best.components.calendar.ClinicCalendar.
 * Entries are asked from the server for the visible range only; selections, clicks and moves go
 * back to the server, which accepts or refuses a move.
 */
import { ReactiveElement, type PropertyValues } from 'lit';
import { Calendar, type EventInput, type EventContentArg, type EventDropArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import luxonPlugin from '@fullcalendar/luxon3';

/** One entry as ClinicCalendar sends it: times are ISO with the London offset. */
interface ServerEntry {
  id: string;
  title: string;
  start: string;
  end: string;
  classNames: string[];
  editable: boolean;
  detail: string | null;
}

interface BusinessHours {
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
}

interface CalendarServer {
  fetchEntries(start: string, end: string): Promise<ServerEntry[]>;
  selectRange(start: string, end: string, allDay: boolean): Promise<void>;
  clickEntry(id: string): Promise<void>;
  moveEntry(id: string, start: string, end: string): Promise<boolean>;
}

const HOURS_24 = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

class BestCalendar extends ReactiveElement {
  static override properties = {
    initialView: { type: String },
    initialDate: { type: String },
    slotMinTime: { type: String },
    slotMaxTime: { type: String },
    businessHours: { type: Array },
    selectable: { type: Boolean },
    movable: { type: Boolean },
  };

  declare initialView: string;
  declare initialDate: string | undefined;
  declare slotMinTime: string;
  declare slotMaxTime: string;
  declare businessHours: BusinessHours[];
  declare selectable: boolean;
  declare movable: boolean;
  declare $server: CalendarServer;

  private calendar?: Calendar;

  // ClinicCalendar always sets the view and the slot range; the rest only when used.
  constructor() {
    super();
    this.businessHours = [];
    this.selectable = false;
    this.movable = false;
  }

  // Light DOM: FullCalendar's injected CSS must reach it.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Attached again after a detach; the first time, the first update makes the calendar.
    if (this.hasUpdated && !this.calendar) {
      this.createCalendar();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.calendar?.destroy();
    this.calendar = undefined;
    this.replaceChildren();
  }

  protected override updated(changed: PropertyValues<this>) {
    const calendar = this.calendar;
    if (!calendar) {
      // The server has set every property by now; $server is there too.
      this.createCalendar();
      return;
    }
    if (changed.has('slotMinTime')) calendar.setOption('slotMinTime', this.slotMinTime);
    if (changed.has('slotMaxTime')) calendar.setOption('slotMaxTime', this.slotMaxTime);
    if (changed.has('businessHours')) calendar.setOption('businessHours', this.businessHours);
    if (changed.has('selectable')) calendar.setOption('selectable', this.selectable);
    if (changed.has('movable')) calendar.setOption('editable', this.movable);
  }

  private createCalendar() {
    // FullCalendar needs a plain block container of its own, not this custom element.
    const container = document.createElement('div');
    this.appendChild(container);
    this.calendar = new Calendar(container, this.options());
    this.calendar.render();
  }

  /** Called from the server. */
  refetch() {
    this.calendar?.refetchEvents();
  }

  /** Called from the server. */
  changeView(view: string) {
    this.calendar?.changeView(view);
  }

  /** Called from the server. */
  gotoDate(date: string) {
    this.calendar?.gotoDate(date);
  }

  private options() {
    return {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxonPlugin],
      locale: enGbLocale,
      timeZone: 'Europe/London',
      firstDay: 1,
      initialView: this.initialView,
      initialDate: this.initialDate || undefined,
      headerToolbar: {
        left: 'prev,next today',
        center: 'title',
        right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek',
      },
      buttonText: { today: 'Today', day: 'Day', week: 'Week', month: 'Month', list: 'List' },
      height: 'auto',
      allDaySlot: false,
      nowIndicator: true,
      slotMinTime: this.slotMinTime,
      slotMaxTime: this.slotMaxTime,
      scrollTime: this.slotMinTime,
      businessHours: this.businessHours,
      slotLabelFormat: HOURS_24,
      eventTimeFormat: HOURS_24,
      // Day and week columns are dates ("Mon 24/11"); the month's columns are weekdays only.
      views: { timeGrid: { dayHeaderFormat: { weekday: 'short', day: '2-digit', month: '2-digit' } as const } },
      forceEventDuration: true,
      selectable: this.selectable,
      selectMirror: true,
      editable: this.movable,
      events: (range: { startStr: string; endStr: string }) =>
        this.$server.fetchEntries(range.startStr, range.endStr).then((entries) => entries.map(toEventInput)),
      eventContent: withDetail,
      eventDidMount: ({ el, event }: { el: HTMLElement; event: EventContentArg['event'] }) => {
        const detail = event.extendedProps.detail;
        el.title = detail ? `${event.title} · ${detail}` : event.title;
      },
      select: ({ startStr, endStr, allDay }: { startStr: string; endStr: string; allDay: boolean }) =>
        this.$server.selectRange(startStr, endStr, allDay),
      eventClick: ({ event }: { event: EventContentArg['event'] }) => this.$server.clickEntry(event.id),
      eventDrop: (info: EventDropArg) => this.move(info),
      eventResize: (info: EventResizeDoneArg) => this.move(info),
    };
  }

  // The server decides; a refused (or failed) move snaps back.
  private move(info: EventDropArg | EventResizeDoneArg) {
    const { event } = info;
    this.$server.moveEntry(event.id, event.startStr, event.endStr).then(
      (accepted) => accepted || info.revert(),
      () => info.revert(),
    );
  }
}

function toEventInput(entry: ServerEntry): EventInput {
  return {
    id: entry.id,
    title: entry.title,
    start: entry.start,
    end: entry.end,
    classNames: entry.classNames,
    editable: entry.editable,
    extendedProps: { detail: entry.detail },
  };
}

// The clinician and room: under the title in the time grids, after it in the list.
function withDetail(arg: EventContentArg) {
  const detail = arg.event.extendedProps.detail;
  if (detail && arg.view.type.startsWith('timeGrid')) {
    return {
      domNodes: [
        element('div', 'fc-event-time', arg.timeText),
        element('div', 'fc-event-title', arg.event.title),
        element('div', 'best-calendar-detail', detail),
      ],
    };
  }
  if (detail && arg.view.type.startsWith('list')) {
    const title = document.createTextNode(arg.event.title);
    return { domNodes: [title, element('span', 'best-calendar-detail', ` · ${detail}`)] };
  }
  return true;
}

function element(tag: string, className: string, text: string) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

customElements.define('best-calendar', BestCalendar);
