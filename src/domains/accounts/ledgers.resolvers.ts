import type { Resolvers } from "../../generated/graphql.js";
import { affectsAccountBalance, amountOwedByCustomer } from "./ledgers.js";

export const resolvers: Resolvers = {
  LedgerInterface: {
    __resolveType: () => "LedgerType",
  },

  LedgerType: {
    id: (ledger) => String(ledger.id),
    number: (ledger) => ledger.number,
    ledgerType: (ledger) => ledger.ledger_type,
    balance: (ledger) => ledger.balance,
    amountOwedByCustomer: (ledger) => amountOwedByCustomer(ledger),
    affectsAccountBalance: (ledger) => affectsAccountBalance(ledger),
  },
};
