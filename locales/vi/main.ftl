# Quartier — vi (resident-facing pages; staff pages fall back to German)
skip-to-content = Skip
