package berita

import (
	"fmt"
	"time"
)

// An Article is a news article as berita reads it: the metadata a page states,
// the body in reading order, and what the body says (quotes, sources, dates).
//
// An Article holds plain data only, so two Articles compare with
// reflect.DeepEqual and an Article marshals to JSON and back unchanged.
// A part the input does not have is left at its zero value.
type Article struct {
	// URL is the page's canonical URL (link rel=canonical, og:url) when it
	// states one, else the address given to the Parser (Parser.URL); empty
	// when there is neither.
	URL string `json:"url,omitempty"`
	// Outlet is the publication's own name ("Kompas.com", "Tribunnews.com",
	// "detikNews", "ANTARA"); empty when it cannot be told.
	Outlet string `json:"outlet,omitempty"`
	// Title is the headline as shown to readers, without " - Kompas.com"-style
	// suffixes; empty when the input has none (plain-text bodies usually don't).
	Title string `json:"title,omitempty"`
	// Description is the outlet's own summary of the article (og:description,
	// the description meta, the JSON-LD description), without the dateline
	// that opens it ("Liputan6.com, Jakarta -") and without a truncation
	// mark ("...", "…") closing it; empty when the page states none (a plain
	// text never does).
	Description string `json:"description,omitempty"`
	// Section is the outlet's rubric ("Nasional", "Megapolitan"); empty if unknown.
	Section string `json:"section,omitempty"`
	// Tags are the article's keywords as the outlet lists them; nil if none.
	Tags []string `json:"tags,omitempty"`
	// Image is the URL of the article's lead image; empty if none.
	Image string `json:"image,omitempty"`
	// Language is the BCP 47 tag of the article's language ("id", "en"),
	// told from the body's words, else from what the markup states; empty if
	// unknown.
	Language string `json:"language,omitempty"`

	// Published is when the article was published, in the zone the outlet
	// shows it (WIB +07:00, WITA +08:00, WIT +09:00); zero when not stated.
	Published time.Time `json:"published,omitzero"`
	// Modified is when the article was last updated; zero when not stated.
	Modified time.Time `json:"modified,omitzero"`
	// PublishedPrecision says how much of Published the input stated;
	// PrecisionNone when Published is zero.
	PublishedPrecision Precision `json:"published_precision,omitzero"`

	// Dateline is the place and outlet that open the lead
	// ("JAKARTA, KOMPAS.com -"); zero when the lead has none.
	Dateline Dateline `json:"dateline,omitzero"`
	// Authors are the writers and reporters as credited, names only; nil if none.
	Authors []string `json:"authors,omitempty"`
	// Editors are the credited editors, names only; nil if none.
	Editors []string `json:"editors,omitempty"`
	// Initials is the staff sign-off code such as "vyp/kna"; empty if none.
	Initials string `json:"initials,omitempty"`

	// Paragraphs is the body in reading order. The dateline is cut from the
	// first paragraph; related links, credits, captions and ads are not here.
	Paragraphs []Paragraph `json:"paragraphs"`
	// WordCount is the number of words in the paragraphs (text, headings,
	// list items and table rows), words being separated by white space.
	WordCount int `json:"word_count,omitempty"`
	// Images are the pictures of the body, each photo of a gallery
	// included, in order, with their captions and credits; nil if none. The
	// lead image above the article is Image, not one of these.
	Images []Image `json:"images,omitempty"`
	// Embeds are the posts and players embedded in the body (a tweet, an
	// Instagram post, a YouTube video, the outlet's own video player), in
	// order; nil if none. Their text is not in Paragraphs.
	Embeds []Embed `json:"embeds,omitempty"`
	// Related are the "Baca juga"-style links found inside the body, in order;
	// nil if none.
	Related []Link `json:"related,omitempty"`
	// Quotes are the direct quotations in the body, in order; nil if none.
	Quotes []Quote `json:"quotes,omitempty"`
	// Sources are the outlets and agencies the article cites ("Reuters" from
	// "dilansir Reuters"), in order of first mention; nil if none.
	Sources []string `json:"sources,omitempty"`
	// Dates are the dates mentioned in the body, in order; nil if none.
	Dates []DateMention `json:"dates,omitempty"`

	// Pages is the number of pages the article is split into, as its pager
	// shows; 0 when the page shows no pager (a single page).
	Pages int `json:"pages,omitempty"`
	// NextPage is the URL of the next page of a multi-page article; empty on
	// the last page or a single page.
	NextPage string `json:"next_page,omitempty"`
	// Truncated reports that the input held more than the Parser keeps:
	// paragraphs past Parser.MaxParagraphs or quotes past Parser.MaxQuotes
	// were dropped. False means nothing was dropped for a limit.
	Truncated bool `json:"truncated,omitempty"`
}

// A Dateline is the place and outlet that open an article's lead, as in
// "JAKARTA, KOMPAS.com -" or "TRIBUNNEWS.COM -".
type Dateline struct {
	// Text is the dateline as printed, dash included ("JAKARTA, KOMPAS.com -").
	Text string `json:"text,omitempty"`
	// Place is the city as printed ("JAKARTA", "Jakarta"); empty if the dateline names none.
	Place string `json:"place,omitempty"`
	// Outlet is the outlet as printed ("KOMPAS.com", "TEMPO.CO"); empty if the dateline names none.
	Outlet string `json:"outlet,omitempty"`
}

// A ParagraphKind tells running text from other kinds of body blocks.
type ParagraphKind string

// The kinds of paragraph.
const (
	KindText    ParagraphKind = "text"    // running text
	KindHeading ParagraphKind = "heading" // a subheading inside the body
	KindItem    ParagraphKind = "item"    // an item of a list
	KindRow     ParagraphKind = "row"     // a row of a table
)

// A Paragraph is one block of the article body.
type Paragraph struct {
	// Text is the paragraph's text, whitespace collapsed, entities decoded,
	// NFC. A list item's text is the item's, without the bullet a text input
	// printed before it ("• ", "- "); a numbered item keeps its number. A
	// table row's text is its cells joined by " | ".
	Text string `json:"text"`
	// Kind is KindText, KindHeading, KindItem or KindRow.
	Kind ParagraphKind `json:"kind"`
	// Cells are the texts of a table row's cells (KindRow), those that
	// hold text, in order; nil for other kinds, and for a row whose cells
	// cannot be told apart (a cell that itself holds " | ").
	Cells []string `json:"cells,omitempty"`
}

// An Image is a picture of the article body and what the page prints with it.
type Image struct {
	// URL is the picture's absolute http or https address, the full one a
	// lazy-loading page keeps in data-src or srcset rather than the
	// placeholder in src; empty for a caption a plain text prints without
	// its picture.
	URL string `json:"url,omitempty"`
	// Caption is the caption as printed, without the credit; empty if none.
	Caption string `json:"caption,omitempty"`
	// Credit is the photographer or agency as printed ("ANTARA FOTO/Nama",
	// "KOMPAS.com/Nama", "Dok. Istimewa"), without a "Foto:" label; empty if
	// none.
	Credit string `json:"credit,omitempty"`
	// Paragraph is the index in Article.Paragraphs of the paragraph the
	// picture stands before; len(Paragraphs) for one after the last.
	Paragraph int `json:"paragraph"`
}

// An Embed is a post or a player embedded in the body.
type Embed struct {
	// Kind is what is embedded, by the platform's own markup: "twitter",
	// "instagram", "tiktok", "facebook", "youtube", "vimeo", "dailymotion",
	// or "video" for another player (the outlet's own, a <video> element).
	Kind string `json:"kind"`
	// URL is the embedded post's or video's absolute http or https address;
	// empty when the markup names none.
	URL string `json:"url,omitempty"`
	// Paragraph is the index in Article.Paragraphs of the paragraph the
	// embed stands before; len(Paragraphs) for one after the last.
	Paragraph int `json:"paragraph"`
}

// A Link is a related article named inside the body ("Baca juga: ...").
type Link struct {
	// Title is the linked article's title as printed.
	Title string `json:"title"`
	// URL is the absolute link target; empty when the input has no link (plain text).
	URL string `json:"url,omitempty"`
	// Label is the cue that introduced the link as printed ("Baca juga",
	// "Simak juga"); empty when the link stood in a box of links.
	Label string `json:"label,omitempty"`
}

// A Quote is a direct quotation in the body and who said it.
type Quote struct {
	// Text is the quoted words exactly as printed, without the quotation marks.
	Text string `json:"text"`
	// Speaker is the person or body quoted, in the fullest form the article
	// uses; empty when the article does not say.
	Speaker string `json:"speaker,omitempty"`
	// Verb is the reporting verb as printed ("ujarnya", "kata"); empty if none.
	Verb string `json:"verb,omitempty"`
	// Paragraph is the index in Article.Paragraphs of the paragraph holding the quote.
	Paragraph int `json:"paragraph"`
}

// A DateMention is a date named in the body, such as "Selasa (11/7/2023)".
type DateMention struct {
	// Text is the mention as printed.
	Text string `json:"text"`
	// Time is the start of the date or range mentioned, in WIB unless the
	// text names another zone.
	Time time.Time `json:"time"`
	// Precision says how much of Time the mention states.
	Precision Precision `json:"precision"`
	// Paragraph is the index in Article.Paragraphs of the paragraph holding the mention.
	Paragraph int `json:"paragraph"`
}

// A Precision says how much of a time the input stated: a date with no time
// of day has PrecisionDay, "14:30 WIB" PrecisionMinute.
type Precision uint8

// The precisions, from none to the second.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
	PrecisionSecond
)

var precisionNames = [...]string{"", "year", "month", "day", "minute", "second"}

// String returns the precision's name: "year", "month", "day", "minute",
// "second", or "" for PrecisionNone.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", uint8(p))
}

// MarshalText encodes the precision as its name.
func (p Precision) MarshalText() ([]byte, error) {
	if int(p) >= len(precisionNames) {
		return nil, fmt.Errorf("berita: invalid precision %d", uint8(p))
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText decodes a precision from its name.
func (p *Precision) UnmarshalText(b []byte) error {
	for i, name := range precisionNames {
		if string(b) == name {
			*p = Precision(i)
			return nil
		}
	}
	return fmt.Errorf("berita: unknown precision %q", b)
}
