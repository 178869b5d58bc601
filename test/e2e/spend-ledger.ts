/** A bank-style spend ledger as CSV: four good lines and three with an error each (amount, currency, category). */
export const LEDGER_CSV = [
  'Date,Amount,Currency,Category,Platform,Supplier,Note',
  '2026-11-02,12000,CNY,Advertising,Douyin,Douyin ads platform,Test boost',
  '2026/11/05,"3,500.50",,Content production,,Studio,"Shoot, day 2"',
  '2026-11-06,abc,CNY,Advertising,WeChat,Someone,bad amount',
  '2026-11-07,800,USD,Technology,,Cloud vendor,wrong currency',
  '2026-11-08,900,CNY,Travel,,Airline,unknown category',
  '2026-11-09,450,CNY,People,,Freelancer,',
].join('\r\n');
