// Package berita parses Indonesian news articles — the HTML page as an outlet
// serves it, or the article body as plain text — into a typed Article: title,
// dateline, publication time in WIB/WITA/WIT, paragraphs and subheadings,
// direct quotes with their speakers, "Baca juga" related links, credits and
// the outlets the article cites.
//
//	a, err := berita.ParseHTML(resp.Body)
//	a, err := berita.ParseText(body)
//
// # Limits
//
// ParseHTML and ParseText reject an input longer than Parser.MaxBytes
// (DefaultMaxBytes, 32 MiB) with an error matching ErrTooLarge; ParseHTML
// reads at most one byte past the limit. An Article keeps at most
// Parser.MaxParagraphs paragraphs (DefaultMaxParagraphs, 10,000) and
// Parser.MaxQuotes quotes (DefaultMaxQuotes, 1,000), dropping the rest.
// ParseHTML tracks elements nested at most MaxDepth (512) deep: the text of
// deeper elements still counts, their tags are ignored. No part of berita
// recurses on the nesting of its input, and a parse is built to take time
// and memory in proportion to the input's size.
//
// # Security
//
// berita reads only what it is given: it fetches nothing, follows no URL
// (not the canonical URL, not the next page, not an image), reads no clock
// but Parser.Now, and logs nothing. Untrusted input gives an Article or an
// error that starts with "berita: ", never a panic. The Article holds text
// only: paragraphs and the title contain no markup (tags are stripped, also
// those a page escaped), strings are valid UTF-8, and URL, Image, NextPage
// and the URLs of Related are http or https addresses or relative
// references, never javascript:, data: or another scheme. The text itself
// is the page's: escape it for the context you print it in. The URLs of
// Images and Embeds are absolute http or https addresses or empty.
package berita
