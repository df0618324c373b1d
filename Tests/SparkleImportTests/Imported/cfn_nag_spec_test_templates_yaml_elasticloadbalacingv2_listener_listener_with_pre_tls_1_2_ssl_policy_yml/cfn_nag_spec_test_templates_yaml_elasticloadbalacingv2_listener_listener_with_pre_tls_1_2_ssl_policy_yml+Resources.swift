// Imported from listener_with_pre_TLS_1_2_ssl_policy.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlElasticloadbalacingv2ListenerListenerWithPreTls12SslPolicyYmlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        httpSlistener
    }

    static var httpSlistener: Resource {
        Resource("HTTPSlistener", type: "AWS::ElasticLoadBalancingV2::Listener") {
            Property("Certificates", [["CertificateArn": "MyCertificateArn"]])
            Property("DefaultActions", [["Type": "forward"], ["TargetGroupArn": "MyTargetGroupArn"]])
            Property("LoadBalancerArn", "MyLoadBalancerArn")
            Property("Port", 443)
            Property("Protocol", "HTTPS")
            Property("SslPolicy", "ELBSecurityPolicy-2016-08")
        }
    }
}
