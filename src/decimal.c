/*
 * decimal.c: exact decimal numbers as an int128 mantissa and a scale.
 *
 * Prices and factors come out of numeric columns once, when the catalog
 * cache is built; per row the engine multiplies and adds mantissas, and one
 * numeric is built at the end.  No floating point anywhere.
 */
#include "postgres.h"

#include "bedprice.h"
#include "compat.h"

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#define MAX_POW10 38

const int64 bp_pow10_64[BP_RESULT_SCALE + 1] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	INT64CONST(10000000000), INT64CONST(100000000000), INT64CONST(1000000000000),
	INT64CONST(10000000000000), INT64CONST(100000000000000), INT64CONST(1000000000000000)
};

int128
bp_pow10_128(int k)
{
	static int128 table[MAX_POW10 + 1];
	static bool ready = false;

	Assert(k >= 0 && k <= MAX_POW10);
	if (!ready)
	{
		table[0] = 1;
		for (int i = 1; i <= MAX_POW10; i++)
			table[i] = table[i - 1] * 10;
		ready = true;
	}
	return table[k];
}

/*
 * A numeric's exact value (via its text form: build time, and the rare
 * general-path row of an aggregate), trimmed; false for one that is not
 * finite or has more than 38 significant digits.
 */
bool
bp_decimal_try_from_numeric(Datum num, BpDecimal *d)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	char	   *p = s;
	bool		negative = false;
	bool		seen_point = false;
	bool		ok = true;

	*d = (BpDecimal) {0, 0};
	if (*p == '-')
		negative = true, p++;
	if (!isdigit((unsigned char) *p))
		ok = false;
	for (; ok && *p; p++)
	{
		if (*p == '.')
		{
			seen_point = true;
			continue;
		}
		if (!isdigit((unsigned char) *p) ||
			__builtin_mul_overflow(d->mantissa, (int128) 10, &d->mantissa) ||
			__builtin_add_overflow(d->mantissa, (int128) (*p - '0'), &d->mantissa) ||
			d->scale >= MAX_POW10)
			ok = false;
		else if (seen_point)
			d->scale++;
	}
	pfree(s);
	if (!ok)
		return false;
	if (negative)
		d->mantissa = -d->mantissa;
	*d = bp_decimal_trim(*d);
	return true;
}

/* The same, or an error naming the value. */
BpDecimal
bp_decimal_from_numeric(Datum num)
{
	BpDecimal	d;
	char	   *s;

	if (bp_decimal_try_from_numeric(num, &d))
		return d;
	s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("bedprice cannot use the numeric value \"%s\"", s),
			 isdigit((unsigned char) s[*s == '-']) ?
			 errdetail("Prices and factors are limited to 38 significant digits.") :
			 errdetail("Prices and factors must be finite numbers.")));
	return d;					/* keep the compiler quiet */
}

/* Drop trailing zeros of the fraction: 18.00 becomes 18. */
BpDecimal
bp_decimal_trim(BpDecimal d)
{
	if (d.mantissa == 0)
		return (BpDecimal) {0, 0};
	/* int64 division is far cheaper than int128's */
	if (d.mantissa >= PG_INT64_MIN && d.mantissa <= PG_INT64_MAX)
	{
		int64		m = (int64) d.mantissa;

		while (d.scale >= 4 && m % 10000 == 0)
			m /= 10000, d.scale -= 4;
		while (d.scale > 0 && m % 10 == 0)
			m /= 10, d.scale--;
		d.mantissa = m;
		return d;
	}
	while (d.scale > 0 && d.mantissa % 10 == 0)
		d.mantissa /= 10, d.scale--;
	return d;
}

/* a * b, exactly; false on overflow. */
bool
bp_decimal_mul(BpDecimal a, BpDecimal b, BpDecimal *result)
{
	BpDecimal	r;

	if (__builtin_mul_overflow(a.mantissa, b.mantissa, &r.mantissa) ||
		a.scale + b.scale > MAX_POW10)
		return false;
	r.scale = a.scale + b.scale;
	*result = bp_decimal_trim(r);
	return true;
}

/* The same value with a larger scale; false on overflow. */
bool
bp_decimal_rescale(BpDecimal d, int32 scale, BpDecimal *result)
{
	Assert(scale >= d.scale);
	if (scale > MAX_POW10 ||
		__builtin_mul_overflow(d.mantissa, bp_pow10_128(scale - d.scale),
							   &result->mantissa))
		return false;
	result->scale = scale;
	return true;
}

/* Round to at most `scale` places, half away from zero, then trim. */
BpDecimal
bp_decimal_round(BpDecimal d, int32 scale)
{
	int128		div,
				q,
				r;

	if (d.scale <= scale)
		return bp_decimal_trim(d);
	div = bp_pow10_128(d.scale - scale);
	q = d.mantissa / div;
	r = d.mantissa % div;
	if (r < 0)
		r = -r;
	if (r >= div - r)			/* remainder at least half: away from zero */
		q += d.mantissa < 0 ? -1 : 1;
	return bp_decimal_trim((BpDecimal) {q, scale});
}

/* Plain decimal text: "-0.0033", "18". */
char *
bp_decimal_to_cstring(BpDecimal d)
{
	char		digits[64];
	char	   *out = palloc(96);
	char	   *o = out;
	int			n = 0;
	uint128		m;

	m = d.mantissa < 0 ? (uint128) (-(d.mantissa + 1)) + 1 : (uint128) d.mantissa;
	do
	{
		digits[n++] = '0' + (int) (m % 10);
		m /= 10;
	} while (m != 0);
	while (n <= d.scale)
		digits[n++] = '0';		/* leading zeros for 0.00x */
	if (d.mantissa < 0)
		*o++ = '-';
	for (int i = n - 1; i >= 0; i--)
	{
		*o++ = digits[i];
		if (i == d.scale && i > 0)
			*o++ = '.';
	}
	*o = '\0';
	return out;
}

/*
 * numeric's on-disk short format (numeric.c; stable, as pg_upgrade keeps
 * numeric data as it is): a varlena header, a 16-bit header holding sign,
 * display scale and weight, then base-10000 digits, most significant first,
 * without leading or trailing zero digits.
 */
#define NUMERIC_SHORT				0x8000
#define NUMERIC_SHORT_DSCALE_SHIFT	7
#define NUMERIC_SHORT_WEIGHT_SIGN_MASK	0x0040
#define NUMERIC_SHORT_WEIGHT_MASK	0x003F
#define NUMERIC_SHORT_MAX_SCALE		63	/* what the short header can hold */
#define NBASE_DIGITS				4

/*
 * value = m / 10^scale as a numeric, for 0 <= m and scale <= 15: the hot
 * path of every pricing call, in one palloc.  (int64_div_fast_to_numeric
 * builds the same value through a NumericVar, at twice the cost.)
 */
static Datum
short_numeric(uint64 m, int scale)
{
	int16		digits[8];		/* least significant first */
	int			n = 0,
				first = 0,
				pad = (NBASE_DIGITS - scale % NBASE_DIGITS) % NBASE_DIGITS,
				weight;
	char	   *result;
	uint16		header;

	/* the lowest group ends at the decimal point's alignment (constant
	 * divisors: a multiply, not a division, on the hot path) */
	switch (pad)
	{
		case 0:
			digits[n++] = (int16) (m % 10000);
			m /= 10000;
			break;
		case 1:
			digits[n++] = (int16) ((m % 1000) * 10);
			m /= 1000;
			break;
		case 2:
			digits[n++] = (int16) ((m % 100) * 100);
			m /= 100;
			break;
		default:
			digits[n++] = (int16) ((m % 10) * 1000);
			m /= 10;
			break;
	}
	while (m != 0)
	{
		digits[n++] = (int16) (m % 10000);
		m /= 10000;
	}
	while (n > 0 && digits[n - 1] == 0)
		n--;					/* leading zero groups (value < 1) */
	weight = n - 1 - (scale + pad) / NBASE_DIGITS;
	while (first < n && digits[first] == 0)
		first++;				/* trailing zero groups */
	if (first == n)
	{
		n = 0;					/* zero: no digits, weight 0 */
		weight = 0;
	}

	result = palloc(VARHDRSZ + sizeof(uint16) + (n - first) * sizeof(int16));
	SET_VARSIZE(result, VARHDRSZ + sizeof(uint16) + (n - first) * sizeof(int16));
	header = NUMERIC_SHORT | (scale << NUMERIC_SHORT_DSCALE_SHIFT) |
		(weight < 0 ? NUMERIC_SHORT_WEIGHT_SIGN_MASK : 0) |
		(weight & NUMERIC_SHORT_WEIGHT_MASK);
	memcpy(result + VARHDRSZ, &header, sizeof(uint16));
	for (int i = n - 1, o = 0; i >= first; i--, o++)
		memcpy(result + VARHDRSZ + sizeof(uint16) + o * sizeof(int16),
			   &digits[i], sizeof(int16));
	return PointerGetDatum(result);
}

/* Build the numeric result; cheap when the mantissa fits 64 bits. */
Datum
bp_decimal_to_numeric(BpDecimal d)
{
	if (d.mantissa >= 0 && d.mantissa <= PG_INT64_MAX && d.scale <= BP_RESULT_SCALE)
		return short_numeric((uint64) d.mantissa, d.scale);
#ifdef BP_HAVE_INT64_DIV_FAST_TO_NUMERIC
	if (d.mantissa >= PG_INT64_MIN && d.mantissa <= PG_INT64_MAX)
		return NumericGetDatum(int64_div_fast_to_numeric((int64) d.mantissa,
														 d.scale));
#endif
	return DirectFunctionCall3(numeric_in,
							   CStringGetDatum(bp_decimal_to_cstring(d)),
							   ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}
