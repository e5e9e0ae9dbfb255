// Package berita parses Indonesian news articles — the HTML page as an outlet
// serves it, or the article body as plain text — into a typed Article: title,
// dateline, publication time in WIB/WITA/WIT, paragraphs and subheadings,
// direct quotes with their speakers, "Baca juga" related links, credits and
// the outlets the article cites.
package berita
