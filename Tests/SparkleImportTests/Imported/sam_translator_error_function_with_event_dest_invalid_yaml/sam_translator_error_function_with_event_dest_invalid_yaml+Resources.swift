// Imported from error_function_with_event_dest_invalid.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorFunctionWithEventDestInvalidYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myTestFunction
    }

    static var myTestFunction: Resource {
        Resource("MyTestFunction", type: "AWS::Serverless::Function") {
            Property("InlineCode", """
            exports.handler = function(event, context, callback) {
                var event_received_at = new Date().toISOString();
                console.log('Event received at: ' + event_received_at);
                console.log('Received event:', JSON.stringify(event, null, 2));

                if (event.Success) {
                    console.log("Success");
                    context.callbackWaitsForEmptyEventLoop = false;
                    callback(null);
                } else {
                    console.log("Failure");
                    context.callbackWaitsForEmptyEventLoop = false;
                    callback(new Error("Failure from event, Success = false, I am failing!"), 'Destination Function Error Thrown');
                }
            };\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}

            """)
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
            Property("MemorySize", 1024)
        }
    }
}
