MATCH (d:Document {id: $id})
SET d.title = $title,
    d.source = $source,
    d.publishedAt = $publishedAt,
    d.language = $language,
    d.chars = $chars,
    d.contentHash = $contentHash,
    d.loadedAt = datetime()
