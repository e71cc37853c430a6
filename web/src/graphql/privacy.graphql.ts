import { graphql } from '@/__generated__';

export const DataExportFields = graphql(`
  fragment DataExportFields on DataExport {
    id
    status
    partsReceived
    partsExpected
    requestedAt
    readyAt
    expiresAt
    downloadPath
  }
`);

export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport {
      ...DataExportFields
    }
  }
`);

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      dataExport {
        ...DataExportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password) {
      deleted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
