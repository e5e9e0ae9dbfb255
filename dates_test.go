package berita

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refNow is the clock the relative rows read: Selasa, 11 Juli 2023, 16:45:30 WIB.
var refNow = time.Date(2023, 7, 11, 16, 45, 30, 0, wib)

var (
	withNow = &Parser{Now: refNow}
	inWITA  = &Parser{Location: wita}
)

// dateTests are the shapes ParseDate accepts and rejects. A row marked
// [kompas-1] was checked against that page of ../shared/corpus ([tribunnews
// seed]: ../shared/seeds); the other rows follow the named outlet's style and
// were written for coverage, not copied from a saved page. want is the time in
// RFC 3339 with its offset, "" when ParseDate must fail; p nil means the
// package-level ParseDate; err is a sentinel the error must wrap while the
// time is still returned.
var dateTests = []struct {
	in   string
	p    *Parser
	want string
	prec Precision
	err  error
}{
	// Kompas
	{"Rabu, 4 November 2015 | 21:04 WIB", nil, "2015-11-04T21:04:00+07:00", PrecisionMinute, nil},                                   // Kompas 2015 detail page [kompas-1]
	{"Selasa, 16 Februari 2016 | 14:38 WIB", nil, "2016-02-16T14:38:00+07:00", PrecisionMinute, nil},                                // Kompas 2016 detail page [kompas-2]
	{"Minggu, 22 Maret 2015 | 13:37 WIB", nil, "2015-03-22T13:37:00+07:00", PrecisionMinute, nil},                                   // Kompas 2015 detail page [kompas-8]
	{"Minggu, 22 Maret 2015 | 13:37 WIB Dibaca: 1234", nil, "2015-03-22T13:37:00+07:00", PrecisionMinute, nil},                      // Kompas 2015, read counter after
	{"Kompas.com - 28/05/2025, 13:30 WIB", nil, "2025-05-28T13:30:00+07:00", PrecisionMinute, nil},                                  // Kompas 2025 div.read__time [kompas-9]
	{"Kompas.com - 28/05/2025, 13:30 WIB Diperbarui 28/05/2025, 15:10 WIB", nil, "2025-05-28T13:30:00+07:00", PrecisionMinute, nil}, // Kompas 2025, update after
	{"Diperbarui 28/05/2025, 15:10 WIB", nil, "2025-05-28T15:10:00+07:00", PrecisionMinute, nil},                                    // Kompas 2025 update line
	{"Rabu, 04 Nov 2015 21:04 WIB", nil, "2015-11-04T21:04:00+07:00", PrecisionMinute, nil},                                         // Kompas 2015 index page
	{"Selasa, 11 Juli 2023 15:30 WITA", nil, "2023-07-11T15:30:00+08:00", PrecisionMinute, nil},                                     // Kompas regional (Bali) 2023

	// detik
	{"Kamis, 02 Nov 2023 20:59 WIB", nil, "2023-11-02T20:59:00+07:00", PrecisionMinute, nil},      // detik 2023 detail page [detik-4]
	{"2023-11-02T20-59-53Z", nil, "2023-11-02T20:59:53Z", PrecisionSecond, nil},                   // detik 2023 publishdate meta, dashes in the time [detik-4]
	{"2023-11-02T205953Z", nil, "2023-11-02T20:59:53Z", PrecisionSecond, nil},                     // detik 2023 image names, basic time
	{"Kamis 18 Jun 2015, 07:20 WIB", nil, "2015-06-18T07:20:00+07:00", PrecisionMinute, nil},      // detik 2015 detail page [detik-3]
	{"Kamis 05 Nov 2015, 10:08 WIB", nil, "2015-11-05T10:08:00+07:00", PrecisionMinute, nil},      // detik 2015 detail page
	{"Selasa, 20/10/2015 15:28 WIB", nil, "2015-10-20T15:28:00+07:00", PrecisionMinute, nil},      // detik 2015 related box [detik-1]
	{"Kamis, 05/11/2015 10:08 WIB", nil, "2015-11-05T10:08:00+07:00", PrecisionMinute, nil},       // detik 2015 related box [detik-1]
	{"2015-11-05 T10:08:58Z", nil, "2015-11-05T10:08:58Z", PrecisionSecond, nil},                  // detik 2015 meta, a space before the T [detik-1]
	{"Sabtu, 10 Des 2022 20:55 WIB", nil, "2022-12-10T20:55:00+07:00", PrecisionMinute, nil},      // detik 2022 detail page [detik-6]
	{"05 Nov 2015 10:08", nil, "2015-11-05T10:08:00+07:00", PrecisionMinute, nil},                 // detik 2015 mobile list
	{"Sabtu (10/12) pukul 22.00 WIB", withNow, "2022-12-10T22:00:00+07:00", PrecisionMinute, nil}, // detik 2022 body, no year [detik-6]

	// Okezone
	{"Rabu, 25 Februari 2015 - 07:50 WIB", nil, "2015-02-25T07:50:00+07:00", PrecisionMinute, nil}, // Okezone 2015 detail page [okezone-1]
	{"Jum'at, 19 Juni 2015 13:03 WIB", nil, "2015-06-19T13:03:00+07:00", PrecisionMinute, nil},     // Okezone 2015 detail page [okezone-3]
	{"Kamis 09 Juli 2020 07:26 WIB", nil, "2020-07-09T07:26:00+07:00", PrecisionMinute, nil},       // Okezone 2020 detail page [okezone-4]
	{"Kamis, 05 November 2015 16:09 WIB", nil, "2015-11-05T16:09:00+07:00", PrecisionMinute, nil},  // Okezone 2015 detail page [okezone-1]
	{"Senin, 2 November 2015 - 09:33 wib", nil, "2015-11-02T09:33:00+07:00", PrecisionMinute, nil}, // Okezone 2015, lower-case zone
	{"Senin, 2 November 2015 – 09:33 WIB", nil, "2015-11-02T09:33:00+07:00", PrecisionMinute, nil}, // Okezone 2015, en dash

	// Republika, Liputan6, Viva, Merdeka, Tempo
	{"Senin, 15 Februari 2016, 16:15 WIB", nil, "2016-02-15T16:15:00+07:00", PrecisionMinute, nil},   // Republika 2016 detail page [republika-3]
	{"Rabu, 18 November 2015, 10:18 WIB", nil, "2015-11-18T10:18:00+07:00", PrecisionMinute, nil},    // Republika 2015 detail page [republika-2]
	{"Sabtu (30/1/2016) dini hari WIB", nil, "2016-01-30T00:00:00+07:00", PrecisionDay, nil},         // Liputan6 2016 body [liputan6-1]
	{"2016-02-16T13:01:52+0700", nil, "2016-02-16T13:01:52+07:00", PrecisionSecond, nil},             // Viva 2016 meta, offset without colon [viva-1]
	{"2015-06-16T14:05:00+07:00Z", nil, "2015-06-16T14:05:00+07:00", PrecisionSecond, nil},           // Merdeka 2015 meta, a stray Z after the offset
	{"2015-06-16T14:05:00-07:00", nil, "2015-06-16T14:05:00-07:00", PrecisionSecond, nil},            // detik 2015 meta: WIB labelled -07:00, kept as printed
	{"November 4, 2015 21:04", nil, "2015-11-04T21:04:00+07:00", PrecisionMinute, nil},               // Tempo English 2015
	{"November 4th, 2015 | 09:33 pm WIB", nil, "2015-11-04T21:33:00+07:00", PrecisionMinute, nil},    // Tempo English 2015, 12-hour clock
	{"Wednesday, November 4, 2015 12:15 am", nil, "2015-11-04T00:15:00+07:00", PrecisionMinute, nil}, // Jakarta Post 2015, midnight hour
	{"Thu, 05 Nov 2015 10:08:58 +0700", nil, "2015-11-05T10:08:58+07:00", PrecisionSecond, nil},      // Antara 2015 RSS pubDate (RFC 1123)
	{"4 November 2015, 21.04 WIB", nil, "2015-11-04T21:04:00+07:00", PrecisionMinute, nil},           // Kapanlagi 2015, dotted time
	{"Kamis, 5 November 2015 17:22 WIB", nil, "2015-11-05T17:22:00+07:00", PrecisionMinute, nil},     // Merdeka 2015 detail page
	{"Jumat, 06/11/2015 08:15 WIB", nil, "2015-11-06T08:15:00+07:00", PrecisionMinute, nil},          // Antara 2015 detail page
	{"2015/11/05 10:08", nil, "2015-11-05T10:08:00+07:00", PrecisionMinute, nil},                     // Tempo 2015 URL-style stamp
	{"2019-09-28WIB19:17:34+07:00", nil, "2019-09-28T19:17:34+07:00", PrecisionSecond, nil},          // Tribunnews 2019 meta, WIB for the T
	{"2015-11-05T10:08:58", nil, "2015-11-05T10:08:58+07:00", PrecisionSecond, nil},                  // Okezone 2015 meta, no zone
	{"2015-11-05T10:08:58", inWITA, "2015-11-05T10:08:58+08:00", PrecisionSecond, nil},               // Okezone 2015 meta, no zone, Parser in WITA

	// Tribunnews
	{"Selasa, 11 Juli 2023 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},         // Tribunnews 2023 detail page
	{"Selasa, 11 Jul 2023 | 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},        // Tribunnews 2023 index page
	{"Selasa (11/7/2023)", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},                        // Tribunnews 2023 body [tribunnews seed]
	{"11/07/2023, 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},                  // Tribunnews 2023 mobile
	{"Selasa, 11 Juli 2023 15:30 WIT", nil, "2023-07-11T15:30:00+09:00", PrecisionMinute, nil},         // Tribun Papua 2023
	{"14:30 WIB | Selasa, 11/07/2023", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},         // Tribun regional 2023, time first
	{"Selasa, 11 Juli 2023 pukul 14.30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},   // Tribunnews 2023 body
	{"Dipublikasikan 11 Juli 2023, 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil}, // Tribunnews 2023 footer
	{"Update: Selasa, 11 Juli 2023 16:02 WIB", nil, "2023-07-11T16:02:00+07:00", PrecisionMinute, nil}, // Tribunnews 2023 update line
	{"2 jam lalu", withNow, "2023-07-11T14:45:00+07:00", PrecisionMinute, nil},                         // Tribunnews 2015 index page
	{"15 menit yang lalu", withNow, "2023-07-11T16:30:00+07:00", PrecisionMinute, nil},                 // Tribunnews 2015 index page
	{"Update: 2 jam lalu", withNow, "2023-07-11T14:45:00+07:00", PrecisionMinute, nil},                 // Tribunnews 2023 index page
	{"2 jam lalu", nil, "", PrecisionNone, nil},                                                        // Tribunnews 2015: no Parser.Now

	// numeric and ISO forms
	{"11-7-2023", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},                            // Antara 2023 photo caption
	{"11.07.2023", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},                           // Media Indonesia 2023 print edition
	{"2023-07-11 14:30:05", nil, "2023-07-11T14:30:05+07:00", PrecisionSecond, nil},               // Okezone 2023 meta
	{"2023-07-11", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},                           // JSON-LD 2023 date only
	{"2023-07-11T14:30:05+07:00", nil, "2023-07-11T14:30:05+07:00", PrecisionSecond, nil},         // JSON-LD 2023 datePublished
	{"2023-07-11T07:30:05Z", nil, "2023-07-11T07:30:05Z", PrecisionSecond, nil},                   // Sitemap 2023 lastmod in UTC
	{"2023-07-11T14:30:05.123+07:00", nil, "2023-07-11T14:30:05.123+07:00", PrecisionSecond, nil}, // Liputan6 2023 meta, milliseconds
	{"2023-07-11T14:30+07:00", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},            // CNN Indonesia 2023 meta, no seconds
	{"2023-07-11T14:30:05 GMT+7", nil, "2023-07-11T14:30:05+07:00", PrecisionSecond, nil},         // Suara 2023 meta

	// months
	{"Mei 2023", nil, "2023-05-01T00:00:00+07:00", PrecisionMonth, nil},                   // Tribunnews 2023 body [tribunnews seed]
	{"May 2023", nil, "2023-05-01T00:00:00+07:00", PrecisionMonth, nil},                   // Jakarta Post 2023 body
	{"Juli 2023", nil, "2023-07-01T00:00:00+07:00", PrecisionMonth, nil},                  // Kompas 2023 archive heading
	{"5 Januari 2016", nil, "2016-01-05T00:00:00+07:00", PrecisionDay, nil},               // Kompas 2016 body
	{"5 Jan 2016", nil, "2016-01-05T00:00:00+07:00", PrecisionDay, nil},                   // detik 2016 index
	{"14 Februari 2016", nil, "2016-02-14T00:00:00+07:00", PrecisionDay, nil},             // Kompas 2016 body
	{"14 Pebruari 2016", nil, "2016-02-14T00:00:00+07:00", PrecisionDay, nil},             // Republika 2016, old spelling
	{"14 Feb 2016", nil, "2016-02-14T00:00:00+07:00", PrecisionDay, nil},                  // detik 2016 index
	{"22 Maret 2015", nil, "2015-03-22T00:00:00+07:00", PrecisionDay, nil},                // Kompas 2015 body
	{"22 Mar 2015", nil, "2015-03-22T00:00:00+07:00", PrecisionDay, nil},                  // detik 2015 index
	{"7 April 2021", nil, "2021-04-07T00:00:00+07:00", PrecisionDay, nil},                 // Kompas 2021 body
	{"7 Apr 2021", nil, "2021-04-07T00:00:00+07:00", PrecisionDay, nil},                   // detik 2021 index
	{"28 Mei 2025", nil, "2025-05-28T00:00:00+07:00", PrecisionDay, nil},                  // Kompas 2025 body
	{"16 Juni 2015", nil, "2015-06-16T00:00:00+07:00", PrecisionDay, nil},                 // Merdeka 2015 body
	{"9 Jul 2020", nil, "2020-07-09T00:00:00+07:00", PrecisionDay, nil},                   // Okezone 2020 index
	{"17 Agustus 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},              // Kompas 2021 body
	{"17 Agu 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},                  // detik 2021 index
	{"17 Agt 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},                  // Tribunnews 2021 index
	{"17 Ags 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},                  // Suara 2021 index
	{"17 Agus 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},                 // Sindonews 2021 index
	{"17 August 2021", nil, "2021-08-17T00:00:00+07:00", PrecisionDay, nil},               // Jakarta Globe 2021
	{"30 September 2021", nil, "2021-09-30T00:00:00+07:00", PrecisionDay, nil},            // Kompas 2021 body
	{"30 Sep 2021", nil, "2021-09-30T00:00:00+07:00", PrecisionDay, nil},                  // detik 2021 index
	{"30 Sept 2021", nil, "2021-09-30T00:00:00+07:00", PrecisionDay, nil},                 // Tempo 2021 index
	{"20 Oktober 2015", nil, "2015-10-20T00:00:00+07:00", PrecisionDay, nil},              // Kompas 2015 body
	{"20 Okt 2015", nil, "2015-10-20T00:00:00+07:00", PrecisionDay, nil},                  // detik 2015 index
	{"20 October 2015", nil, "2015-10-20T00:00:00+07:00", PrecisionDay, nil},              // Jakarta Post 2015
	{"5 Nov. 2015", nil, "2015-11-05T00:00:00+07:00", PrecisionDay, nil},                  // Tempo English 2015, dotted abbreviation
	{"5 Nopember 2015", nil, "2015-11-05T00:00:00+07:00", PrecisionDay, nil},              // Pikiran Rakyat 2015, old spelling
	{"5 Nop 2015", nil, "2015-11-05T00:00:00+07:00", PrecisionDay, nil},                   // Pikiran Rakyat 2015 index
	{"10 Desember 2022", nil, "2022-12-10T00:00:00+07:00", PrecisionDay, nil},             // Kompas 2022 body
	{"10 Des 2022", nil, "2022-12-10T00:00:00+07:00", PrecisionDay, nil},                  // detik 2022 index
	{"December 10, 2022", nil, "2022-12-10T00:00:00+07:00", PrecisionDay, nil},            // Jakarta Post 2022
	{"11-12 Juli 2023", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},              // Tribunnews 2023 related title: a range [tribunnews seed]
	{"28 Mei - 2 Juni 2025", nil, "2025-05-28T00:00:00+07:00", PrecisionDay, nil},         // Kompas 2025 body: a range across months
	{"30 Desember – 2 Januari 2025", nil, "2024-12-30T00:00:00+07:00", PrecisionDay, nil}, // Kompas 2024 body: a range across years

	// day names, each on its own day (10–16 Juli 2023)
	{"Sen, 10 Jul 2023 08:00 WIB", nil, "2023-07-10T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index, abbreviated day
	{"Sel, 11 Jul 2023 08:00 WIB", nil, "2023-07-11T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Rab, 12 Jul 2023 08:00 WIB", nil, "2023-07-12T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Kam, 13 Jul 2023 08:00 WIB", nil, "2023-07-13T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Jum, 14 Jul 2023 08:00 WIB", nil, "2023-07-14T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Sab, 15 Jul 2023 08:00 WIB", nil, "2023-07-15T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Min, 16 Jul 2023 08:00 WIB", nil, "2023-07-16T08:00:00+07:00", PrecisionMinute, nil},                         // detik 2023 index
	{"Senin (10/7/2023)", nil, "2023-07-10T00:00:00+07:00", PrecisionDay, nil},                                     // Tribunnews 2023 body
	{"Rabu (12/7/2023)", nil, "2023-07-12T00:00:00+07:00", PrecisionDay, nil},                                      // Tribunnews 2023 body
	{"Kamis (13/7/2023)", nil, "2023-07-13T00:00:00+07:00", PrecisionDay, nil},                                     // Tribunnews 2023 body
	{"Jumat (14/7/2023)", nil, "2023-07-14T00:00:00+07:00", PrecisionDay, nil},                                     // Tribunnews 2023 body
	{"Jum’at, 14 Juli 2023", nil, "2023-07-14T00:00:00+07:00", PrecisionDay, nil},                                  // Okezone 2023, curly apostrophe
	{"Sabtu (15/7/2023)", nil, "2023-07-15T00:00:00+07:00", PrecisionDay, nil},                                     // Tribunnews 2023 body
	{"Minggu (16/7/2023)", nil, "2023-07-16T00:00:00+07:00", PrecisionDay, nil},                                    // Tribunnews 2023 body
	{"Ahad, 16 Juli 2023", nil, "2023-07-16T00:00:00+07:00", PrecisionDay, nil},                                    // Republika 2023, Ahad for Sunday
	{"Senin, 11 Juli 2023", nil, "2023-07-11T00:00:00+07:00", PrecisionDay, ErrDayMismatch},                        // Tribunnews 2023 typo: 11 Juli was a Selasa
	{"Senin, 11/07/2023 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, ErrDayMismatch},             // detik 2023 typo, with a time
	{"SELASA, 11 JULI 2023 14:30 WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},                     // iNews 2023, upper case
	{"selasa, 11 juli 2023 14:30 wib", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},                     // Tribunnews 2023 AMP, lower case
	{"Selasa,\u00a011\u00a0Juli\u00a02023 14:30\u00a0WIB", nil, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil}, // CNN Indonesia 2023, no-break spaces

	// relative dates, against refNow (Selasa, 11 Juli 2023, 16:45:30 WIB)
	{"pukul 14.30 WIB", withNow, "2023-07-11T14:30:00+07:00", PrecisionMinute, nil},                  // Tribunnews 2023 live report
	{"pukul 14.30 WIB", nil, "", PrecisionNone, nil},                                                 // Tribunnews 2023: a time needs Parser.Now
	{"14:30 WITA", withNow, "2023-07-11T14:30:00+08:00", PrecisionMinute, nil},                       // Tribun Bali 2023 index
	{"kemarin", withNow, "2023-07-10T00:00:00+07:00", PrecisionDay, nil},                             // Kumparan 2023 index
	{"Kemarin, 20:15 WIB", withNow, "2023-07-10T20:15:00+07:00", PrecisionMinute, nil},               // Kumparan 2023 index, with a time
	{"hari ini", withNow, "2023-07-11T00:00:00+07:00", PrecisionDay, nil},                            // Kumparan 2023 index
	{"Hari ini 09:00", withNow, "2023-07-11T09:00:00+07:00", PrecisionMinute, nil},                   // Kumparan 2023 index, with a time
	{"3 hari lalu", withNow, "2023-07-08T00:00:00+07:00", PrecisionDay, nil},                         // Kumparan 2023 index
	{"4 bulan lalu", withNow, "2023-03-01T00:00:00+07:00", PrecisionMonth, nil},                      // Kaskus 2023 thread
	{"sebulan lalu", withNow, "2023-06-01T00:00:00+07:00", PrecisionMonth, nil},                      // Kaskus 2023 thread
	{"sepekan lalu", withNow, "2023-07-04T00:00:00+07:00", PrecisionDay, nil},                        // Kumparan 2023 index
	{"seminggu lalu", withNow, "2023-07-04T00:00:00+07:00", PrecisionDay, nil},                       // IDN Times 2023 index
	{"2 minggu lalu", withNow, "2023-06-27T00:00:00+07:00", PrecisionDay, nil},                       // IDN Times 2023 index
	{"baru saja", withNow, "2023-07-11T16:45:00+07:00", PrecisionMinute, nil},                        // Kumparan 2023 index
	{"30 detik lalu", withNow, "2023-07-11T16:45:00+07:00", PrecisionSecond, nil},                    // Kumparan 2023 index
	{"sejam lalu", withNow, "2023-07-11T15:45:00+07:00", PrecisionMinute, nil},                       // IDN Times 2023 index
	{"1 tahun lalu", withNow, "2022-01-01T00:00:00+07:00", PrecisionYear, nil},                       // Kaskus 2023 thread
	{"setahun silam", withNow, "2022-01-01T00:00:00+07:00", PrecisionYear, nil},                      // Kaskus 2023 thread
	{"Diperbarui 15 menit yang lalu", withNow, "2023-07-11T16:30:00+07:00", PrecisionMinute, nil},    // detik 2023 index
	{"3 hours ago", withNow, "2023-07-11T13:45:00+07:00", PrecisionMinute, nil},                      // Jakarta Globe 2023 index
	{"yesterday", withNow, "2023-07-10T00:00:00+07:00", PrecisionDay, nil},                           // Jakarta Globe 2023 index
	{"Senin (3/7)", withNow, "2023-07-03T00:00:00+07:00", PrecisionDay, nil},                         // detik 2023 body, no year
	{"Senin (3/7)", nil, "", PrecisionNone, nil},                                                     // detik 2023 body: no year without Parser.Now
	{"kemarin", nil, "", PrecisionNone, nil},                                                         // Kumparan 2023: relative without Parser.Now
	{"kemarin lusa", withNow, "2023-07-09T00:00:00+07:00", PrecisionDay, nil},                        // the day before yesterday, not yesterday
	{"Kemarin lusa pukul 08.00", withNow, "2023-07-09T08:00:00+07:00", PrecisionMinute, nil},         // … with a time
	{"beberapa detik yang lalu", withNow, "2023-07-11T16:45:00+07:00", PrecisionMinute, nil},         // a few seconds ago is now
	{"Beberapa detik lalu", withNow, "2023-07-11T16:45:00+07:00", PrecisionMinute, nil},              // … without "yang"
	{"beberapa menit yang lalu", withNow, "", PrecisionNone, nil},                                    // how many minutes it does not say
	{"9:30 malam", withNow, "2023-07-11T21:30:00+07:00", PrecisionMinute, nil},                       // a spoken twelve-hour time: evening
	{"pukul 3.15 sore", withNow, "2023-07-11T15:15:00+07:00", PrecisionMinute, nil},                  // afternoon
	{"pukul 1.30 siang", withNow, "2023-07-11T13:30:00+07:00", PrecisionMinute, nil},                 // early afternoon
	{"pukul 11.30 siang", withNow, "2023-07-11T11:30:00+07:00", PrecisionMinute, nil},                // late morning stays
	{"pukul 9.30 pagi", withNow, "2023-07-11T09:30:00+07:00", PrecisionMinute, nil},                  // morning stays
	{"pukul 2.00 malam", withNow, "2023-07-11T02:00:00+07:00", PrecisionMinute, nil},                 // the small hours stay
	{"pukul 21.30 malam", withNow, "2023-07-11T21:30:00+07:00", PrecisionMinute, nil},                // a 24-hour time stays
	{"Senin, 10 Juli 2023 pukul 8.00 malam", nil, "2023-07-10T20:00:00+07:00", PrecisionMinute, nil}, // … after a date too
	{"pukul 12.00 malam", withNow, "", PrecisionNone, nil},                                           // midnight, but of which day
	{"Selasa pukul 00.00", withNow, "", PrecisionNone, nil},                                          // a day name and a time, no date: not today
	{"Sabtu, pukul 14.30 WIB", withNow, "", PrecisionNone, nil},                                      // … whatever the day

	// not dates
	{"2023", nil, "", PrecisionNone, nil},                                     // Tribunnews 2023 body: a bare year
	{"", nil, "", PrecisionNone, nil},                                         // empty meta content
	{"Selasa", nil, "", PrecisionNone, nil},                                   // Tribunnews 2023 body: a day name alone
	{"Mei", nil, "", PrecisionNone, nil},                                      // a month alone
	{"Dibaca: 1234", nil, "", PrecisionNone, nil},                             // Kompas 2015 read counter
	{"20151105", nil, "", PrecisionNone, nil},                                 // Kompas 2015 URL segment: not supported
	{"32/07/2023", nil, "", PrecisionNone, nil},                               // day out of range
	{"11/13/2023", nil, "", PrecisionNone, nil},                               // month out of range (US order)
	{"29 Februari 2023", nil, "", PrecisionNone, nil},                         // no 29 February in 2023
	{"29 Februari 2024", nil, "2024-02-29T00:00:00+07:00", PrecisionDay, nil}, // Kompas 2024 body, leap day
	{"Senin, 31 Juni 2023 14:30", nil, "", PrecisionNone, nil},                // no 31 June; not "Juni 2023" either
	{"11 Juli 1899", nil, "", PrecisionNone, nil},                             // year before 1900
	{"11 Juli 2101", nil, "", PrecisionNone, nil},                             // year after 2100
	{"Selasa, 11 Juli 2023 24:00 WIB", nil, "", PrecisionNone, nil},           // hour out of range
	{"11 Juli 2023 14:60", nil, "", PrecisionNone, nil},                       // minute out of range
	{"2 orang lalu", withNow, "", PrecisionNone, nil},                         // not a unit of time
}

func (p *Parser) parseDateRow(s string) (time.Time, Precision, error) {
	if p == nil {
		return ParseDate(s)
	}
	return p.ParseDate(s)
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		got, prec, err := tt.p.parseDateRow(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, %v, want an error", tt.in, got.Format(time.RFC3339Nano), prec)
			}
			continue
		}
		gotS := got.Format(time.RFC3339Nano)
		if gotS != tt.want || prec != tt.prec {
			t.Errorf("ParseDate(%q) = %v, %v, want %v, %v", tt.in, gotS, prec, tt.want, tt.prec)
		}
		switch {
		case tt.err == nil && err != nil:
			t.Errorf("ParseDate(%q): unexpected error %v", tt.in, err)
		case tt.err != nil && !errors.Is(err, tt.err):
			t.Errorf("ParseDate(%q) error = %v, want %v", tt.in, err, tt.err)
		}
	}
}

func TestParseDateTableSize(t *testing.T) {
	assert.GreaterOrEqual(t, len(dateTests), 90)
}

func TestParseDateErrorText(t *testing.T) {
	_, _, err := ParseDate("2023")
	require.Error(t, err)
	assert.Equal(t, `berita: no date in "2023"`, err.Error())
	_, _, err = ParseDate("Senin, 11 Juli 2023")
	assert.Equal(t, `berita: day name does not match the date in "Senin, 11 Juli 2023": 2023-07-11 is a Tuesday`, err.Error())
}

// TestParseDateCase: upper or lower case does not change what a row parses to.
func TestParseDateCase(t *testing.T) {
	for _, tt := range dateTests {
		want, wantPrec, wantErr := tt.p.parseDateRow(tt.in)
		for _, s := range []string{strings.ToUpper(tt.in), strings.ToLower(tt.in)} {
			got, prec, err := tt.p.parseDateRow(s)
			if !got.Equal(want) || prec != wantPrec || (err == nil) != (wantErr == nil) {
				t.Errorf("ParseDate(%q) = %v, %v, want %v, %v", s, got, prec, want, wantPrec)
			}
		}
	}
}

var (
	idDays   = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	idMonths = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	idShort  = [...]string{"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
)

// formatters print a time in the layouts outlets use.
var formatters = []struct {
	name string
	prec Precision
	f    func(time.Time) string
}{
	{"detik", PrecisionMinute, func(t time.Time) string {
		return fmt.Sprintf("%s, %02d %s %d %02d:%02d WIB", idDays[t.Weekday()], t.Day(), idShort[t.Month()], t.Year(), t.Hour(), t.Minute())
	}},
	{"kompas", PrecisionMinute, func(t time.Time) string {
		return fmt.Sprintf("%s, %d %s %d | %02d:%02d WIB", idDays[t.Weekday()], t.Day(), idMonths[t.Month()], t.Year(), t.Hour(), t.Minute())
	}},
	{"tribun body", PrecisionDay, func(t time.Time) string {
		return fmt.Sprintf("%s (%d/%d/%d)", idDays[t.Weekday()], t.Day(), int(t.Month()), t.Year())
	}},
	{"kompas 2025", PrecisionMinute, func(t time.Time) string { return t.Format("Kompas.com - 02/01/2006, 15:04 WIB") }},
	{"RFC 3339", PrecisionSecond, func(t time.Time) string { return t.Format(time.RFC3339) }},
	{"RFC 1123Z", PrecisionSecond, func(t time.Time) string { return t.Format(time.RFC1123Z) }},
	{"SQL", PrecisionSecond, func(t time.Time) string { return t.Format("2006-01-02 15:04:05") }},
	{"English", PrecisionMinute, func(t time.Time) string { return t.Format("Monday, January 2, 2006 3:04 pm") }},
	{"dotted", PrecisionMinute, func(t time.Time) string { return t.Format("2 January 2006, 15.04") }},
}

// TestParseDateRoundTrip: a time printed in a supported layout parses back.
func TestParseDateRoundTrip(t *testing.T) {
	for tm := time.Date(1990, 1, 1, 0, 7, 13, 0, wib); tm.Year() < 2040; tm = tm.Add(97*time.Hour + 13*time.Minute) {
		for _, f := range formatters {
			s := f.f(tm)
			want := tm.Truncate(time.Second)
			switch f.prec {
			case PrecisionMinute:
				want = tm.Truncate(time.Minute)
			case PrecisionDay:
				want = time.Date(tm.Year(), tm.Month(), tm.Day(), 0, 0, 0, 0, wib)
			}
			got, prec, err := ParseDate(s)
			if err != nil || !got.Equal(want) || prec != f.prec {
				t.Fatalf("%s: ParseDate(%q) = %v, %v, %v, want %v, %v", f.name, s, got, prec, err, want, f.prec)
			}
		}
	}
}

// TestParseDateDayMismatch: every wrong day name is reported, and the date is
// still returned.
func TestParseDateDayMismatch(t *testing.T) {
	for d := 10; d <= 16; d++ {
		date := time.Date(2023, 7, d, 0, 0, 0, 0, wib)
		for wd, name := range idDays {
			s := fmt.Sprintf("%s, %d Juli 2023", name, d)
			got, prec, err := ParseDate(s)
			assert.True(t, got.Equal(date), "ParseDate(%q) = %v, want %v", s, got, date)
			assert.Equal(t, PrecisionDay, prec, s)
			if time.Weekday(wd) == date.Weekday() {
				assert.NoError(t, err, s)
			} else {
				assert.ErrorIs(t, err, ErrDayMismatch, s)
			}
		}
	}
}

func TestParseDateNilParser(t *testing.T) {
	var p *Parser
	got, prec, err := p.ParseDate("Selasa (11/7/2023)")
	require.NoError(t, err)
	assert.Equal(t, "2023-07-11T00:00:00+07:00", got.Format(time.RFC3339))
	assert.Equal(t, PrecisionDay, prec)
}

func TestAsLocalWall(t *testing.T) {
	// detik 2015: `publishdate` "2015-06-16T14:05:00-07:00" is 14:05 WIB.
	in, _, err := ParseDate("2015-06-16T14:05:00-07:00")
	require.NoError(t, err)
	got := asLocalWall(in, wib)
	assert.Equal(t, "2015-06-16T14:05:00+07:00", got.Format(time.RFC3339))
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.in)
	}
	p := &Parser{Now: refNow}
	f.Fuzz(func(t *testing.T, s string) {
		got, prec, err := ParseDate(s)
		if err == nil || errors.Is(err, ErrDayMismatch) {
			if y := got.Year(); y < 1900 || y > 2100 {
				t.Errorf("ParseDate(%q) = %v: year out of range", s, got)
			}
			if prec == PrecisionNone {
				t.Errorf("ParseDate(%q) = %v, %v: no precision", s, got, prec)
			}
		} else if !got.IsZero() || prec != PrecisionNone {
			t.Errorf("ParseDate(%q) = %v, %v, %v: a time with the error", s, got, prec, err)
		}
		got2, prec2, err2 := ParseDate(s)
		if !got2.Equal(got) || got2.Location().String() != got.Location().String() || prec2 != prec || fmt.Sprint(err2) != fmt.Sprint(err) {
			t.Errorf("ParseDate(%q) is not deterministic: %v, %v, %v then %v, %v, %v", s, got, prec, err, got2, prec2, err2)
		}
		if got, prec, err := p.ParseDate(s); err == nil && prec == PrecisionNone {
			t.Errorf("Parser.ParseDate(%q) = %v, %v: no precision", s, got, prec)
		}
		findDates([]Paragraph{{Text: s}}, refNow, nil)
		findDates([]Paragraph{{Text: s}}, time.Time{}, nil)
	})
}

// mention is a DateMention in the test tables: the time as RFC 3339.
type mention struct {
	text string
	time string
	prec Precision
	para int
}

func mentions(ms []DateMention) []mention {
	var out []mention
	for _, m := range ms {
		out = append(out, mention{m.Text, m.Time.Format(time.RFC3339), m.Precision, m.Paragraph})
	}
	return out
}

func TestFindDates(t *testing.T) {
	day, month := PrecisionDay, PrecisionMonth
	tests := []struct {
		paras []string
		ref   time.Time
		want  []mention
	}{
		// Tribunnews 2023 lead
		{[]string{"Rusia menyerang Kyiv, Selasa (11/7/2023)."}, refNow,
			[]mention{{"Selasa (11/7/2023)", "2023-07-11T00:00:00+07:00", day, 0}}},
		// Tribunnews 2023 body: a month
		{[]string{"Kyiv sering menghadapi serangan udara setiap malam pada Mei 2023."}, time.Time{},
			[]mention{{"Mei 2023", "2023-05-01T00:00:00+07:00", month, 0}}},
		// Tribunnews 2023 related title: a range
		{[]string{"KTT NATO 11-12 Juli 2023, Bahas Perang di Ukraina"}, time.Time{},
			[]mention{{"11-12 Juli 2023", "2023-07-11T00:00:00+07:00", day, 0}}},
		// Kompas 2025 body: day name with a comma, and a plain date
		{[]string{"Rapat digelar Kamis, 26 Juni 2025.", "Sebelumnya, pada 28 Mei 2025, ia hadir."}, time.Time{},
			[]mention{{"Kamis, 26 Juni 2025", "2025-06-26T00:00:00+07:00", day, 0}, {"28 Mei 2025", "2025-05-28T00:00:00+07:00", day, 1}}},
		// detik 2025 body: no year, resolved against ref
		{[]string{"Laga digelar Kamis (3/7) malam."}, time.Date(2025, 7, 5, 9, 0, 0, 0, wib),
			[]mention{{"Kamis (3/7)", "2025-07-03T00:00:00+07:00", day, 0}}},
		// detik 2025 body: no year and no ref
		{[]string{"Laga digelar Kamis (3/7) malam."}, time.Time{}, nil},
		// Tribunnews 2023 body: bare day names, the last such day on or before ref
		{[]string{"ujar militer Kyiv, Selasa, dilansir channelstv.", "Serangan terjadi Rabu dini hari."}, refNow,
			[]mention{{"Selasa", "2023-07-11T00:00:00+07:00", day, 0}, {"Rabu", "2023-07-05T00:00:00+07:00", day, 1}}},
		// Tribunnews 2023: bare day names need ref
		{[]string{"ujar militer Kyiv, Selasa, dilansir channelstv."}, time.Time{}, nil},
		// Tribunnews 2023: bare years and bare months are not dates
		{[]string{"NATO setuju pada KTT tahun 2008 dan pada 2014 dan 2022.", "Pada Mei ini hujan.", "Sejak Mei, harga naik."}, refNow, nil},
		// Kompas 2023: "Minggu" as "week"
		{[]string{"Minggu lalu harga naik.", "Harga naik minggu lalu.", "Pada Minggu lalu harga naik.", "Rapat Minggu depan batal."}, refNow, nil},
		// Kompas 2023: "Minggu" as Sunday
		{[]string{"Minggu (9/7/2023) pagi hujan.", "Acara digelar pada Minggu pagi.", "Minggu, warga berkumpul."}, refNow,
			[]mention{{"Minggu (9/7/2023)", "2023-07-09T00:00:00+07:00", day, 0}, {"Minggu", "2023-07-09T00:00:00+07:00", day, 1}, {"Minggu", "2023-07-09T00:00:00+07:00", day, 2}}},
		// Kompas 2023: lower-case day names are not mentions
		{[]string{"setiap sabtu dan minggu pasar ramai."}, refNow, nil},
		// Kompas 2023 body: day and month without year, full month name only
		{[]string{"Pada 17 Agustus warga upacara, 5 Jan tidak."}, refNow,
			[]mention{{"17 Agustus", "2023-08-17T00:00:00+07:00", day, 0}}},
		// Antara 2015 body: numeric dates and abbreviations with a year
		{[]string{"Surat tertanggal 06/11/2015 dan 5 Nov 2015 diterima."}, time.Time{},
			[]mention{{"06/11/2015", "2015-11-06T00:00:00+07:00", day, 0}, {"5 Nov 2015", "2015-11-05T00:00:00+07:00", day, 0}}},
		// Kompas 2015 body: numbers that are not dates
		{[]string{"Sebanyak 1.500 orang, skor 3/7, pesawat A320 dan COVID-19 pada 2015."}, refNow, nil},
		// Kompas 2025 body: a range across months
		{[]string{"Pameran 28 Mei–2 Juni 2025 di Jakarta."}, time.Time{},
			[]mention{{"28 Mei–2 Juni 2025", "2025-05-28T00:00:00+07:00", day, 0}}},
		// Tribun Bali 2023: zone of the mention
		{[]string{"Selasa (11/7/2023)"}, time.Time{},
			[]mention{{"Selasa (11/7/2023)", "2023-07-11T00:00:00+07:00", day, 0}}},
	}
	for _, tt := range tests {
		var paras []Paragraph
		for _, s := range tt.paras {
			paras = append(paras, Paragraph{Text: s, Kind: KindText})
		}
		got := mentions(findDates(paras, tt.ref, nil))
		assert.Equal(t, tt.want, got, "findDates(%q)", tt.paras)
	}
}

func TestFindDatesLocation(t *testing.T) {
	got := findDates([]Paragraph{{Text: "Sabtu (15/7/2023)"}}, time.Time{}, wita)
	require.Len(t, got, 1)
	assert.Equal(t, "2023-07-15T00:00:00+08:00", got[0].Time.Format(time.RFC3339))
}

// TestFindDatesSeed runs findDates over the shared Tribunnews 2023 seed text,
// which stays outside the repository.
func TestFindDatesSeed(t *testing.T) {
	b, err := os.ReadFile("../shared/seeds/tribunnews-kyiv-2023-07-11.txt")
	if err != nil {
		t.Skip("seed text not available:", err)
	}
	var paras []Paragraph
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, Paragraph{Text: line, Kind: KindText})
		}
	}
	got := mentions(findDates(paras, time.Date(2023, 7, 11, 13, 0, 0, 0, wib), nil))
	for _, want := range []mention{
		{"Selasa (11/7/2023)", "2023-07-11T00:00:00+07:00", PrecisionDay, 0},
		{"Mei 2023", "2023-05-01T00:00:00+07:00", PrecisionMonth, 0},
		{"11-12 Juli 2023", "2023-07-11T00:00:00+07:00", PrecisionDay, 0},
	} {
		found := false
		for _, m := range got {
			if m.text == want.text && m.time == want.time && m.prec == want.prec {
				found = true
			}
		}
		assert.True(t, found, "findDates(seed) lacks %v; got %v", want, got)
	}
	for _, m := range got {
		assert.NotContains(t, []string{"2008", "2014", "2022"}, m.text)
	}
}

// TestParseDateBig feeds ParseDate and findDates megabytes of near-dates:
// both must stay linear.
func TestParseDateBig(t *testing.T) {
	if testing.Short() {
		t.Skip("big input")
	}
	for _, unit := range []string{
		"Selasa, , ( ", "11/7/ ", "11-12 ", "1 ", "Minggu ", "14:30 ", "2 jam ", "Mei ", "2023-07-", "\u00a0 ",
	} {
		s := strings.Repeat(unit, 1<<20/len(unit))
		start := time.Now()
		ParseDate(s)
		withNow.ParseDate(s)
		findDates([]Paragraph{{Text: s}}, refNow, nil)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%d bytes of %q took %v", len(s), unit, d)
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	const s = "Kompas.com - 28/05/2025, 13:30 WIB"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for range b.N {
		ParseDate(s)
	}
}

func BenchmarkFindDates(b *testing.B) {
	var paras []Paragraph
	for range 50 {
		paras = append(paras,
			Paragraph{Text: "Rusia menyerang Ibu Kota Ukraina, Kyiv, dalam serangan pesawat tak berawak, Selasa (11/7/2023)."},
			Paragraph{Text: "Sekretaris Jenderal NATO, Jens Stoltenberg, menekankan dukungan militer aliansi ke Ukraina pada Mei 2023."})
	}
	n := 0
	for _, p := range paras {
		n += len(p.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for range b.N {
		findDates(paras, refNow, nil)
	}
}

// TestDateLineShape: a text's own date line states a whole date with its
// year and nothing else but the outlet's name or a publishing label; a
// time of day alone, a schedule's entry or a sentence holding a date is a
// mention.
func TestDateLineShape(t *testing.T) {
	for _, s := range []string{
		"Contoh.com - 28/05/2025, 13:30 WIB",
		"Selasa, 10 Juni 2025 14:05 WIB",
		"Jum'at, 06 Jun. 2025 | 09:15",
		"Diperbarui: Senin, 9 Juni 2025 10:00 WIB",
		"2025-06-08T10:00:00+07:00",
	} {
		assert.True(t, isDateLineShape(s), s)
	}
	for _, s := range []string{
		"Pukul 17.35 WIB",
		"16.00 WIB : Persib Bandung vs Persis Solo",
		"13:40-14:10 WIB: Moto3 Free Practice 2",
		"Berangkat 10 Juni 2025 pukul 16.00",
		"Jadwal pertandingan: Rabu, 11 Juni 2025 pukul 01.45 WIB.",
		"Gempa terjadi sekitar pukul 19:43 WIB",
		"IMSAK 04:29",
	} {
		assert.False(t, isDateLineShape(s), s)
	}
}

// TestTextScheduleNotPublished: a schedule's times and dates inside a text
// body are mentions: the body keeps every line, and the article has no
// publication time; its own date line, under the headline, is read.
func TestTextScheduleNotPublished(t *testing.T) {
	body := "Jadwal Festival Layang-layang Kampung Baru\n\nPanitia merilis jadwal lengkap festival layang-layang yang digelar akhir pekan ini di lapangan desa.\n\n" +
		"Sabtu, 14 Juni 2025\n\n08.00 WIB: Pembukaan\n\nLomba dimulai sekitar pukul 09.30 WIB di sisi utara lapangan.\n\n" +
		"Panitia meminta peserta datang lebih awal untuk pendaftaran ulang, kata ketua panitia kepada wartawan.\n\nPeserta dari luar kota disediakan tempat menginap di balai desa selama festival berlangsung.\n"
	a, err := (&Parser{Now: time.Date(2025, 6, 10, 12, 0, 0, 0, wib)}).ParseText(body)
	require.NoError(t, err)
	assert.True(t, a.Published.IsZero(), "published %v", a.Published)
	got := strings.Join(paragraphTexts(a), "\n")
	assert.Contains(t, got, "08.00 WIB: Pembukaan")
	assert.Contains(t, got, "Lomba dimulai sekitar pukul 09.30 WIB di sisi utara lapangan.")

	a, err = (&Parser{Now: time.Date(2025, 6, 10, 12, 0, 0, 0, wib)}).ParseText("Contoh.com - 10/06/2025, 13:30 WIB\n\n" + body)
	require.NoError(t, err)
	assert.Equal(t, "2025-06-10T13:30:00+07:00", a.Published.Format(time.RFC3339))
}

// TestDateBytes: dateBytes marks every digit and capital of a word, and
// nothing outside '/' to '_'.
func TestDateBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	interesting := []byte{0, ' ', '.', '/', '0', '9', ':', '@', 'A', 'Z', '[', '^', '_', 'a', 'z', 0x7f, 0x80, 0xc3, 0xe2, 0xff}
	for range 200000 {
		b := randomWord8(r, interesting)
		m := dateBytes(word8(b[:]))
		for k, c := range b {
			marked := m&(0x80<<(8*k)) != 0
			if isDigit(c) || 'A' <= c && c <= 'Z' {
				if !marked {
					t.Fatalf("dateBytes(% x) = %x: byte %d not marked", b, m, k)
				}
			} else if marked && (c < '/' || c > '_') {
				t.Fatalf("dateBytes(% x) = %x: byte %d marked", b, m, k)
			}
		}
	}
}

// TestNextOpener: the openers found eight bytes at a time are the ones a
// byte at a time finds: a digit with no digit before it, or a capital with
// no letter before it that opens three letters of a month's or a day's
// name.
func TestNextOpener(t *testing.T) {
	slow := func(s string, i, from int) int {
		for ; i < len(s); i++ {
			c := s[i]
			switch {
			case isDigit(c) && (i == from || !isDigit(s[i-1])):
				return i
			case 'A' <= c && c <= 'Z' && (i == from || !isLetter(s[i-1])) && i+3 <= len(s) &&
				isLetter(s[i+1]) && isLetter(s[i+2]):
				low := strings.ToLower(s[i : i+3])
				for w := range calWords {
					if w[:3] == low {
						return i
					}
				}
			}
		}
		return len(s)
	}
	pieces := []string{"Jan", "SEL", "kam", "Juli", "Mei", "Men", "Sabtu", "Ahad", "A", "Z", "Ju",
		"7", "2023", "/", "-", ".", " ", "_", "@", "[", "é", "’", "\xff", "x", "ZJul", "9Mar"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		s := randomPieces(r, pieces, r.IntN(20))
		from := r.IntN(len(s) + 1)
		i := from + r.IntN(len(s)-from+1)
		if got, want := nextOpener(s, i, from), slow(s, i, from); got != want {
			t.Fatalf("nextOpener(%q, %d, %d) = %d, want %d", s, i, from, got, want)
		}
	}
}

// TestCalWordAt: the word read as plain letters is the one wordAt reads,
// apostrophes and all, looked up in calWords.
func TestCalWordAt(t *testing.T) {
	slow := func(s string, i int) (calWord, int) {
		if i >= len(s) || !isLetter(s[i]) {
			return calWord{}, i
		}
		var buf [12]byte
		key, end := wordAt(s, i, buf[:0])
		return calWords[string(key)], end
	}
	pieces := []string{"Jan", "uari", "SEPTEMBER", "jum", "'", "at", "’", "Kamis", "Rabu", "minggu",
		"x", "Wednesdays", "7", " ", "-", "–", "é", "\xe2"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		s := randomPieces(r, pieces, r.IntN(6))
		i := r.IntN(len(s) + 1)
		gw, ge := calWordAt(s, i)
		ww, we := slow(s, i)
		if gw != ww || ge != we {
			t.Fatalf("calWordAt(%q, %d) = %v, %d, want %v, %d", s, i, gw, ge, ww, we)
		}
	}
}

// TestScanDateAtEnd: a date is not read past the end of the text.
func TestScanDateAtEnd(t *testing.T) {
	for _, s := range []string{"", "Mei", "Selasa", "11/7"} {
		_, ok := scanDate(s, len(s))
		assert.False(t, ok, "scanDate(%q, %d)", s, len(s))
	}
}
