// The shape of assets/calendar/cn-holidays.json: per year, the State Council notice it comes from, the statutory
// holidays (first and last day off) and the weekend days worked instead. Checked when the calendar module loads.
import { Type, type Static } from '@sinclair/typebox';

const IsoDate = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' });

export const HolidayYearSchema = Type.Object(
  {
    notice: Type.String({ minLength: 1 }),
    docNo: Type.String({ minLength: 1 }),
    published: IsoDate,
    holidays: Type.Array(Type.Object({ name: Type.String({ minLength: 1 }), from: IsoDate, to: IsoDate }, { additionalProperties: false })),
    /** Saturdays and Sundays that are working days. */
    workdays: Type.Array(IsoDate),
  },
  { additionalProperties: false },
);

export type HolidayYear = Static<typeof HolidayYearSchema>;

export const HolidaysAssetSchema = Type.Object({ years: Type.Record(Type.String({ pattern: '^\\d{4}$' }), HolidayYearSchema, { additionalProperties: false }) }, { additionalProperties: false });
