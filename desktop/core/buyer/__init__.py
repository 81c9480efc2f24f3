"""The buyer's country: countries, clock and business hours, festivals, etiquette cards."""
