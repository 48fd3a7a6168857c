"""Identity: owner and visitor tokens (RS256 JWTs) and their verification."""
