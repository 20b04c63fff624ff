"""Language data: tables only, no engine code."""
