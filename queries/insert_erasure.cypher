// A line of the erasure log: no label Entity, so no API query ever finds it.
CREATE (e:Erasure)
SET e = $props
