package berita

// ParseText parses an article body given as plain text.
func (p *Parser) ParseText(s string) (*Article, error) {
	return &Article{}, nil
}
