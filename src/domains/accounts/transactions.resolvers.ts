import type { ChargeResolvers, Resolvers } from "../../generated/graphql.js";
import { connectionFromArray } from "../../shared/pagination.js";
import { accountLoaders } from "./accounts.loaders.js";
import type { TransactionRow } from "./transactions.repository.js";
import {
  filterByLedger,
  londonPostedDate,
  postingRangeOf,
} from "./transactions.js";

const typeNames = {
  CHARGE: "Charge",
  CREDIT: "Credit",
  PAYMENT: "Payment",
} as const;

function typeNameOf(row: TransactionRow): "Charge" | "Credit" | "Payment" {
  const name = typeNames[row.kind as keyof typeof typeNames];

  if (!name) throw new Error(`Unknown stored transaction kind ${row.kind}`);

  return name;
}

/** Fields every concrete transaction type resolves alike. */
const transactionFields: ChargeResolvers = {
  id: (row) => row.id,
  postedDate: (row) => londonPostedDate(row),
  accountNumber: (row) => row.account_number,
  amount: (row) => Math.abs(row.amount),
  balanceCarriedForward: (row) => row.balance_carried_forward,
  title: (row) => row.description,
  isCredit: (row) => row.amount > 0,
  isAccountCharge: (row) => row.kind === "CHARGE",
  isAccountPayment: (row) => row.kind === "PAYMENT",
};

export const resolvers: Resolvers = {
  AccountType: {
    transactions: async (account, args, context) => {
      const loaders = accountLoaders(context);
      const range = postingRangeOf(args);
      const [rows, ledgers] = await Promise.all([
        loaders.transactionsByAccount.load({ accountId: account.id, range }),
        loaders.ledgersByAccountId.load(account.id),
      ]);
      const selected = filterByLedger(rows, ledgers, args);
      const ordered =
        args.orderBy === "POSTED_DATE_ASC" ? selected : selected.reverse();

      return connectionFromArray(ordered, args);
    },
  },

  TransactionType: {
    __resolveType: (row) => typeNameOf(row),
  },

  Charge: transactionFields,
  Credit: transactionFields,
  Payment: transactionFields,
};
