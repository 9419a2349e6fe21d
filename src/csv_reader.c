/*
 * csv_reader.c: bedprice.csv_rows(doc text), a CSV document as rows of
 * text arrays, for the price sheet loaders.
 *
 * RFC 4180 as spreadsheets write it: fields separated by commas, quoted
 * in quote marks where they hold commas, quotes or line breaks, ""
 * for a quote inside quotes; LF, CRLF or CR line ends (old Mac
 * spreadsheets write CR alone); a UTF-8 byte order mark and blank lines
 * are ignored.  Each row comes with the line it starts on,
 * so the loaders can name it in their errors.
 */
#include "postgres.h"

#include "compat.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(csv_rows);

typedef struct CsvReader
{
	const char *p;
	const char *end;
	int			line;			/* line of the next character */
} CsvReader;

/* At a line end (CRLF, LF or CR alone): step over it and count the line. */
static bool
line_end(CsvReader *r)
{
	if (r->p >= r->end || (*r->p != '\n' && *r->p != '\r'))
		return false;
	if (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')
		r->p++;
	r->p++;
	r->line++;
	return true;
}

/* Read one record into fields; false at the end of the document. */
static bool
read_record(CsvReader *r, List **fields, int *start_line)
{
	StringInfoData field;

	/* skip blank lines */
	while (line_end(r))
		;
	if (r->p >= r->end)
		return false;

	*start_line = r->line;
	*fields = NIL;
	initStringInfo(&field);
	for (;;)
	{
		resetStringInfo(&field);
		if (r->p < r->end && *r->p == '"')
		{
			int			quote_line = r->line;

			r->p++;
			for (;;)
			{
				if (r->p >= r->end)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("unterminated quoted field in CSV document"),
							 errdetail("The field starts on line %d.", quote_line)));
				if (*r->p == '"')
				{
					if (r->p + 1 < r->end && r->p[1] == '"')
					{
						appendStringInfoChar(&field, '"');
						r->p += 2;
						continue;
					}
					r->p++;
					break;
				}
				if (*r->p == '\n' || (*r->p == '\r' && !(r->p + 1 < r->end && r->p[1] == '\n')))
					r->line++;	/* a line break inside the field */
				appendStringInfoChar(&field, *r->p++);
			}
			if (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("unexpected character after a quoted field in CSV document"),
						 errdetail("Line %d.", r->line),
						 errhint("A quote inside a quoted field is written as two quotes (\"\").")));
		}
		else
		{
			while (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
			{
				if (*r->p == '"')
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("unexpected quote inside an unquoted field in CSV document"),
							 errdetail("Line %d.", r->line),
							 errhint("Quote the whole field and write the quote as two quotes (\"\").")));
				appendStringInfoChar(&field, *r->p++);
			}
		}
		*fields = lappend(*fields, pstrdup(field.data));
		if (r->p < r->end && *r->p == ',')
		{
			r->p++;
			continue;
		}
		/* end of record: a line end or the end of the document */
		line_end(r);
		break;
	}
	pfree(field.data);
	return true;
}

/*
 * bedprice.csv_rows(doc text) RETURNS TABLE (line integer, fields text[])
 */
Datum
csv_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	CsvReader	r;
	List	   *fields;
	int			line;

	InitMaterializedSRF(fcinfo, 0);

	r.p = VARDATA_ANY(doc);
	r.end = r.p + VARSIZE_ANY_EXHDR(doc);
	r.line = 1;
	if (r.end - r.p >= 3 && memcmp(r.p, "\xEF\xBB\xBF", 3) == 0)
		r.p += 3;				/* a byte order mark from a spreadsheet */

	while (read_record(&r, &fields, &line))
	{
		Datum	   *elems = palloc(sizeof(Datum) * list_length(fields));
		Datum		values[2];
		bool		nulls[2] = {false, false};
		int			i = 0;
		ListCell   *lc;

		foreach(lc, fields)
			elems[i++] = CStringGetTextDatum((char *) lfirst(lc));
		values[0] = Int32GetDatum(line);
		values[1] = PointerGetDatum(construct_array(elems, i, TEXTOID, -1, false,
													TYPALIGN_INT));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
