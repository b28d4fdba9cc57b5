import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountRow } from '../domains/accounts/accounts.repository.js';
import type { RequestContext } from '../server/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, in UTC with a +00:00 offset, e.g. 2024-10-27T01:00:00+00:00. */
  DateTime: { input: Date; output: Date | string; }
  /** An exact decimal number, sent as a string. */
  Decimal: { input: string; output: string | number; }
  /** Any JSON value. */
  GenericScalar: { input: unknown; output: unknown; }
  /** A string that contains JSON. */
  JSONString: { input: string; output: string; }
};

/** A customer account: who is billed, for which supplies. */
export type AccountType = {
  __typename?: 'AccountType';
  /** Internal id of the account. */
  id: Maybe<Scalars['ID']['output']>;
  /** The account number, e.g. A-1430FC16. */
  number: Maybe<Scalars['String']['output']>;
};

/** An electricity supply point, identified by its MPAN. */
export type ElectricityMeterPointType = {
  __typename?: 'ElectricityMeterPointType';
  /** Internal id of the meter point. */
  id: Scalars['ID']['output'];
  /** The 13-digit MPAN core. */
  mpan: Scalars['String']['output'];
};

/** A gas supply point, identified by its MPRN. */
export type GasMeterPointType = {
  __typename?: 'GasMeterPointType';
  /** Internal id of the meter point. */
  id: Scalars['ID']['output'];
  /** The meter point reference number. */
  mprn: Maybe<Scalars['String']['output']>;
};

/** The version of the server answering the request. */
export type KrakenVersionType = {
  __typename?: 'KrakenVersionType';
  /** Git commit the server was built from, when known. */
  SHA: Maybe<Scalars['String']['output']>;
  /** Release number of this server. */
  number: Maybe<Scalars['String']['output']>;
};

/** An object with a global id, fetchable with node(id:). */
export type Node = {
  /** The global id of the object. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page; always false when paging backwards. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page; always false when paging forwards. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A supply address of an account. */
export type PropertyType = {
  __typename?: 'PropertyType';
  /** Internal id of the property. */
  id: Maybe<Scalars['String']['output']>;
  /** Postcode of the property. */
  postcode: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The version of the server. Needs no token. */
  krakenVersion: Maybe<KrakenVersionType>;
  /** Fetches an object by its global id (the nodeId field of meters, say). */
  node: Maybe<Node>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: never;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountType: ResolverTypeWrapper<AccountRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ElectricityMeterPointType: ResolverTypeWrapper<ElectricityMeterPointType>;
  GasMeterPointType: ResolverTypeWrapper<GasMeterPointType>;
  GenericScalar: ResolverTypeWrapper<Scalars['GenericScalar']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSONString: ResolverTypeWrapper<Scalars['JSONString']['output']>;
  KrakenVersionType: ResolverTypeWrapper<KrakenVersionType>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PropertyType: ResolverTypeWrapper<PropertyType>;
  Query: ResolverTypeWrapper<{}>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountType: AccountRow;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ElectricityMeterPointType: ElectricityMeterPointType;
  GasMeterPointType: GasMeterPointType;
  GenericScalar: Scalars['GenericScalar']['output'];
  ID: Scalars['ID']['output'];
  JSONString: Scalars['JSONString']['output'];
  KrakenVersionType: KrakenVersionType;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PropertyType: PropertyType;
  Query: {};
  String: Scalars['String']['output'];
};

export type AccountTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccountType'] = ResolversParentTypes['AccountType']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ElectricityMeterPointTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectricityMeterPointType'] = ResolversParentTypes['ElectricityMeterPointType']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mpan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GasMeterPointTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GasMeterPointType'] = ResolversParentTypes['GasMeterPointType']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mprn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface GenericScalarScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GenericScalar'], any> {
  name: 'GenericScalar';
}

export interface JsonStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONString'], any> {
  name: 'JSONString';
}

export type KrakenVersionTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KrakenVersionType'] = ResolversParentTypes['KrakenVersionType']> = {
  SHA?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<null, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PropertyTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PropertyType'] = ResolversParentTypes['PropertyType']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  krakenVersion?: Resolver<Maybe<ResolversTypes['KrakenVersionType']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccountType?: AccountTypeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ElectricityMeterPointType?: ElectricityMeterPointTypeResolvers<ContextType>;
  GasMeterPointType?: GasMeterPointTypeResolvers<ContextType>;
  GenericScalar?: GraphQLScalarType;
  JSONString?: GraphQLScalarType;
  KrakenVersionType?: KrakenVersionTypeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PropertyType?: PropertyTypeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

